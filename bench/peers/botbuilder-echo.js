// Peer for the side-by-side turn benchmark: the smallest echo bot on the Bot Framework SDK for JS
// (botbuilder CloudAdapter), anonymous on loopback like our bot without an app id.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const port = Number(process.argv[2] || 3978);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const bot = new EchoBot();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.get('/healthz', (_req, res) => res.send('ok'));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.listen(port, '127.0.0.1', () => console.log(`botbuilder echo on ${port}`));
