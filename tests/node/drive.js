// Drives a running skill endpoint with virtual-alexa: real Alexa request JSON built from our interaction
// model. Reads a plan as JSON on stdin and prints one JSON line per step:
//   {"url": "http://127.0.0.1:PORT/alexa", "model": "path/to/en-US.json", "applicationId": "...",
//    "userId": "optional", "steps": [{"launch": true}, {"utter": "i feel like using"}, {"intend": "X", "slots": {}}, {"end": true}]}
// Each output line: {"step": i, "intent": <intent name virtual-alexa resolved>, "slots": {...},
//                    "request": <envelope sent>, "response": <skill response>} or {"step": i, "error": "..."}.
"use strict";
const va = require("virtual-alexa");

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const plan = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const alexa = va.VirtualAlexa.Builder()
    .interactionModelFile(plan.model)
    .skillURL(plan.url)
    .applicationID(plan.applicationId)
    .locale("en-US")
    .create();
  let sent = null;
  alexa.filter((request) => {
    if (plan.userId) {
      request.session.user.userId = plan.userId;
      request.context.System.user.userId = plan.userId;
    }
    sent = JSON.parse(JSON.stringify(request));
  });
  for (let i = 0; i < plan.steps.length; i++) {
    const step = plan.steps[i];
    sent = null;
    try {
      let response;
      if (step.launch) response = await alexa.launch();
      else if (step.end) response = await alexa.endSession();
      else if (step.intend) response = await alexa.intend(step.intend, step.slots || {});
      else response = await alexa.utter(step.utter);
      const intent = sent && sent.request.intent ? sent.request.intent : null;
      const slots = {};
      if (intent && intent.slots) {
        for (const [name, slot] of Object.entries(intent.slots)) if (slot.value !== undefined) slots[name] = slot.value;
      }
      console.log(JSON.stringify({ step: i, intent: intent ? intent.name : null, slots, request: sent, response }));
    } catch (err) {
      console.log(JSON.stringify({ step: i, request: sent, error: String(err && err.message ? err.message : err) }));
    }
  }
}

main().catch((err) => {
  console.error(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
