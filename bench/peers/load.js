// The one load generator used for every target: autocannon on loopback, bounded in time, one request in
// flight per connection. Prints one JSON line with the result.
//
// usage: node load.js <url> <connections> <seconds> <activity.json> [message|questionnaire]
//   message:       POSTs the activity template with a fresh activity id per request.
//   questionnaire: each connection is one user walking the maturity questionnaire through the cards the
//                  bot returns (pick a hub, answer each question with one of its own choices, start again
//                  when finished): almost every request is a card action that reads and writes storage.
const fs = require('fs');
const autocannon = require('autocannon');

const [url, connections, seconds, templateFile, mode = 'message'] = process.argv.slice(2);
const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
let sequence = 0;
let users = 0;

function activity(fields, user) {
  sequence += 1;
  const next = { ...template, ...fields, id: `bench-${process.pid}-${sequence}` };
  if (user) {
    next.from = { ...template.from, id: `29:${user}`, aadObjectId: user, name: user };
    next.conversation = { ...template.conversation, id: `a:${user}` };
  }
  return next;
}

function execute(verb, data) {
  return { type: 'invoke', name: 'adaptiveCard/action', text: undefined,
    value: { action: { type: 'Action.Execute', verb, data } } };
}

function* walk(node) {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (node && typeof node === 'object') {
    yield node;
    for (const value of Object.values(node)) yield* walk(value);
  }
}

// The next step of a user's walk, from the card the bot answered last.
function questionnaireStep(context) {
  context.user = context.user || `bench-user-${process.pid}-${++users}`;
  const nodes = [...walk(context.card)];
  const actions = nodes.filter((n) => n.type === 'Action.Execute');
  const answer = actions.find((a) => a.verb === 'maturity.answer');
  if (answer) {
    const input = nodes.find((n) => n.id === 'answer');
    const value = input && Array.isArray(input.choices) && input.choices.length > 0
      ? input.choices[sequence % input.choices.length].value
      : String(input && input.min !== undefined ? input.min : 1);
    return activity(execute('maturity.answer', { ...answer.data, answer: value }), context.user);
  }
  const pick = actions.find((a) => a.verb === 'maturity.selectHub');
  if (pick) {
    const hubs = nodes.find((n) => n.id === 'hubId');
    const hubId = hubs && hubs.choices && hubs.choices[0] ? hubs.choices[0].value : 'hub-unknown';
    return activity(execute('maturity.selectHub', { ...pick.data, hubId }), context.user);
  }
  return activity({ type: 'message', text: 'maturité' }, context.user);
}

function cardOf(body) {
  try {
    const answer = JSON.parse(body);
    return answer.value || (answer.activities && answer.activities[0] && answer.activities[0].attachments
      && answer.activities[0].attachments[0] && answer.activities[0].attachments[0].content) || null;
  } catch {
    return null;
  }
}

const request = mode === 'questionnaire'
  ? {
      setupRequest: (req, context) => ({ ...req, body: JSON.stringify(questionnaireStep(context)) }),
      onResponse: (status, body, context) => { context.card = cardOf(body); },
    }
  : { setupRequest: (req) => ({ ...req, body: JSON.stringify(activity({})) }) };

const instance = autocannon({
  url,
  method: 'POST',
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'content-type': 'application/json' },
  requests: [request],
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
