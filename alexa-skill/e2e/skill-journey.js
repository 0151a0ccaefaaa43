// Drives the running skill endpoint the way an Echo would, using virtual-alexa and the committed en-GB
// interaction model: virtual-alexa resolves each utterance to an intent with the model's samples and slots,
// and posts the request envelope to SKILL_URL. Prints one JSON array: for each step what was said, the intent
// sent, and the skill's speech, card and whether it ended the session. The Java test asserts on it.
//
// Environment: SKILL_URL, SKILL_ID, MODEL (path to en-GB.json), ADDRESS_API (base URL of the Device Address
// API stub), API_TOKEN and DEVICE_ID (what the stub expects), UTTERANCES (JSON array; "LAUNCH" opens the skill).
"use strict";
const { VirtualAlexa } = require("virtual-alexa");

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error("Missing environment variable " + name);
  }
  return value;
}

async function main() {
  const alexa = VirtualAlexa.Builder()
    .skillURL(required("SKILL_URL"))
    .interactionModelFile(required("MODEL"))
    .applicationID(required("SKILL_ID"))
    .locale("en-GB")
    .create();
  // A device id makes virtual-alexa send an API endpoint, token and consent token, as a real Echo does when
  // the resident has granted the postcode permission; they are pointed at the local stub.
  alexa.context().device().generatedID();
  let lastIntent = null;
  alexa.filter((request) => {
    request.context.System.apiEndpoint = required("ADDRESS_API");
    request.context.System.apiAccessToken = required("API_TOKEN");
    request.context.System.device.deviceId = required("DEVICE_ID");
    lastIntent = request.request.intent ? request.request.intent.name : request.request.type;
  });

  const steps = [];
  for (const said of JSON.parse(required("UTTERANCES"))) {
    const reply = said === "LAUNCH" ? await alexa.launch() : await alexa.utter(said);
    const response = reply.response || {};
    steps.push({
      said: said,
      intent: lastIntent,
      ssml: response.outputSpeech ? response.outputSpeech.ssml : null,
      card: response.card ? response.card.content || null : null,
      shouldEndSession: response.shouldEndSession === true,
    });
  }
  process.stdout.write(JSON.stringify(steps) + "\n");
}

main().catch((error) => {
  process.stderr.write("skill journey failed: " + (error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
