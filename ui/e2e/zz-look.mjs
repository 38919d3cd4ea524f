// looks at a page in parts, as a person scrolls: viewport screenshots into /tmp/look-<name>-<n>.png
import { launch, newContext, signInThroughThePage } from '/work/wt-ui-figures/ui/e2e/support.mjs';
const [user, path, name, width = '1280', zoom = '1'] = process.argv.slice(2);
const browser = await launch();
const context = await newContext(browser, { viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
const page = await signInThroughThePage(context, user);
await page.goto(path);
await page.waitForTimeout(2500);
if (zoom !== '1') await page.evaluate((z) => { document.body.style.zoom = z; }, zoom);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
let n = 0;
for (let y = 0; y < height && n < 12; y += 900, n += 1) {
  await page.screenshot({ path: `/tmp/look-${name}-${n}.png`, clip: { x: 0, y, width: Number(width), height: Math.min(900, height - y) }, fullPage: true });
}
console.log(height, n);
await browser.close();
