// Headless Debian Chromium driven by playwright-core, one command per stdin line, one JSON answer per
// stdout line, so the pytest side (tests/browser/test_caregiver_browser.py) can let the patient speak
// between browser steps. Commands: {"cmd": "link", ...}, {"cmd": "reload", ...}, {"cmd": "quit"}.
import { chromium } from "playwright-core";
import readline from "node:readline";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
let browser = null;
let page = null;

async function start() {
  // --no-sandbox: the tests may run as root (CI), where Chromium refuses its sandbox.
  browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
  // A phone-sized window: the pages must be readable on a phone.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(`${msg.text()} at ${msg.location().url}`); });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("request", (req) => requests.push(req.url()));
}

const errors = [];
const requests = [];

async function chartPixels() {
  // How many pixels of the chart canvas are painted: zero means Chart.js drew nothing.
  return page.evaluate(() => {
    const canvas = document.getElementById("trend-chart");
    if (!canvas || canvas.getAttribute("data-drawn") !== "true") return 0;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
    return painted;
  });
}

async function link({ base, email, password, code, name, shots }) {
  if (!browser) await start();
  await page.goto(`${base}/caregiver/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${base}/caregiver/`);
  await page.screenshot({ path: `${shots}/1-patients-empty.png`, fullPage: true });
  await page.getByRole("textbox", { name: "Link code" }).fill(code);
  await page.getByRole("textbox", { name: /What do you call them/ }).fill(name);
  await page.getByRole("button", { name: "Add" }).click();
  await page.waitForURL(/\/caregiver\/patients\/\d+$/);
  await page.waitForSelector("#trend-chart[data-drawn='true']");
  await page.screenshot({ path: `${shots}/2-patient.png`, fullPage: true });
  return {
    url: page.url(),
    heading: await page.locator("h1").innerText(),
    notice: await page.locator("aside.notice").innerText(),
    emergency: await page.locator("section.emergency").innerText(),
    timeline: await page.locator("ol.timeline > li").allInnerTexts(),
    chartPixels: await chartPixels(),
    chartBox: await page.locator("#trend-chart").boundingBox(),
  };
}

async function reload({ shots, name }) {
  const response = await page.reload();
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  return { status: response.status(), text: await page.locator("main").innerText(), url: page.url() };
}

const commands = { link, reload };
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const message = JSON.parse(line);
  if (message.cmd === "quit") break;
  try {
    const answer = await commands[message.cmd](message);
    process.stdout.write(JSON.stringify({ ok: true, ...answer, errors, requests }) + "\n");
  } catch (err) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(err && err.stack || err), errors }) + "\n");
  }
}
if (browser) await browser.close();
