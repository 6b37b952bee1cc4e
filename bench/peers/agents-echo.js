// Peer for the side-by-side turn benchmark: the smallest echo agent on the Microsoft 365 Agents SDK for
// JS (@microsoft/agents-hosting CloudAdapter), anonymous on loopback like our bot without an app id.
const express = require('express');
const { ActivityHandler, CloudAdapter } = require('@microsoft/agents-hosting');

const port = Number(process.argv[2] || 3979);
const adapter = new CloudAdapter({ clientId: '' });

class EchoAgent extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const agent = new EchoAgent();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.get('/healthz', (_req, res) => res.send('ok'));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => agent.run(context)));
app.listen(port, '127.0.0.1', () => console.log(`agents-hosting echo on ${port}`));
