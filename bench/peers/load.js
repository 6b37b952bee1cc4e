// The one load generator used for every target: autocannon on loopback, bounded in time, POSTing the
// activity template with a fresh activity id per request. Prints one JSON line with the result.
// usage: node load.js <url> <connections> <seconds> <activity.json>
const fs = require('fs');
const autocannon = require('autocannon');

const [url, connections, seconds, templateFile] = process.argv.slice(2);
const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
let sequence = 0;

const instance = autocannon({
  url,
  method: 'POST',
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'content-type': 'application/json' },
  requests: [{
    setupRequest: (request) => {
      sequence += 1;
      const activity = { ...template, id: `bench-${process.pid}-${sequence}` };
      return { ...request, body: JSON.stringify(activity) };
    },
  }],
}, (error, result) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(JSON.stringify({
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }));
});
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
