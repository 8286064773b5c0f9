// /chat with the built-in models: answers in the question's language with sources that open the
// right section, refusals, history on the device, inert HTML, chips to the text lab, export.
import { ChatPage } from './chat-page';
import { expect, test } from './fixtures';

test('answers an English question with a cited source that opens the right section', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const answer = await chat.ask('How can I stop my model from overfitting?');
  await expect(answer).toHaveAttribute('data-lang', 'en');
  await expect(answer).toHaveAttribute('data-refused', 'false');
  const source = answer.getByTestId('chat-source').first();
  await expect(source).toHaveAttribute('data-section', '9.7');
  await source.click();
  await expect(page).toHaveURL(/\/article#sec-9\.7$/);
  await expect(page.locator('[id="sec-9.7"]')).toBeInViewport();
});

test('answers a Chinese question in Chinese', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const answer = await chat.ask('训练太慢了，怎么加速？');
  await expect(answer).toHaveAttribute('data-lang', 'zh');
  await expect(answer.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.6');
  await expect(answer.getByTestId('chat-answer')).toContainText('GPU');
});

test('a new user asking what the site does gets the demos, linked, in their language', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const zh = await chat.ask('你好，这个网站能做什么？');
  await expect(zh).toHaveAttribute('data-lang', 'zh');
  await expect(zh).toHaveAttribute('data-refused', 'false');
  await expect(zh.getByTestId('chat-answer').locator('a[href="/text"]')).toHaveText('输入一句话');
  const en = await chat.ask('What is this site for?');
  await expect(en).toHaveAttribute('data-refused', 'false');
  await en.getByTestId('chat-answer').getByRole('link', { name: 'draw a digit' }).click();
  await expect(page).toHaveURL(/\/digits$/);
});

test('says it does not know when the article does not cover the question', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const answer = await chat.ask('What is the weather in Paris tomorrow?');
  await expect(answer).toHaveAttribute('data-refused', 'true');
  await expect(answer.getByTestId('chat-answer')).toContainText("I don't know");
  await expect(answer.getByTestId('chat-source')).toHaveCount(0);
  // A fact the article does not give about something it discusses: the reply says which fact.
  const who = await chat.ask('Who invented dropout?');
  await expect(who).toHaveAttribute('data-refused', 'true');
  await expect(who.getByTestId('chat-answer')).toContainText("doesn't say who");
  // How something works that the article never names: the reply names it.
  const how = await chat.ask('梯度累积是怎么实现的？');
  await expect(how).toHaveAttribute('data-refused', 'true');
  await expect(how.getByTestId('chat-answer')).toContainText('文章没有讲到“梯度累积”');
});

test('answers what the article mentions and where it is wrong from the article and the editors\' notes', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const none = await chat.ask('Does the article mention reinforcement learning?');
  await expect(none).toHaveAttribute('data-refused', 'true');
  await expect(none.getByTestId('chat-answer')).toContainText('I found no mention of “reinforcement learning” in the article');
  const errors = await chat.ask('is the code in the article correct?');
  await expect(errors).toHaveAttribute('data-refused', 'false');
  await expect(errors.getByTestId('chat-answer')).toContainText('This code does not run as printed');
  await expect(errors.getByTestId('chat-source').first()).toHaveAttribute('data-section', '5.2');
  // an answer that quotes a corrected claim carries the editors' note, rendered as Markdown
  const pytorch = await chat.ask('who developed PyTorch?');
  await expect(pytorch.getByTestId('chat-answer')).toContainText("PyTorch: Microsoft's open-source deep learning framework");
  await expect(pytorch.getByTestId('chat-answer').locator('strong', { hasText: "Glassbox editors' note: PyTorch came from Facebook" })).toBeVisible();
  await expect(pytorch.getByTestId('chat-answer').locator('blockquote', { hasText: 'developed by Facebook AI Research' })).toBeVisible();
  await errors.getByTestId('chat-answer').getByRole('link', { name: /^5\.2 / }).click();
  await expect(page).toHaveURL(/\/article#sec-5\.2$/);
});

test('a reader doubting a claim gets the editors\' note; "which value should I use" gets the values the sources hold', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const doubt = await chat.ask('MNIST不是灰度图吗');
  await expect(doubt).toHaveAttribute('data-refused', 'false');
  await expect(doubt.getByTestId('chat-answer')).toContainText('Glassbox 的编辑核对过文章的这一处');
  await expect(doubt.getByTestId('chat-answer').locator('strong', { hasText: 'MNIST 是灰度图' })).toBeVisible();
  await expect(doubt.getByTestId('chat-source').first()).toHaveAttribute('data-section', '4.1');
  const setting = await chat.ask('how many epochs should I train for?');
  await expect(setting).toHaveAttribute('data-refused', 'false');
  await expect(setting.getByTestId('chat-answer')).toContainText("The article doesn't recommend a value for Epoch in general");
  await expect(setting.getByTestId('chat-answer').locator('code', { hasText: 'epochs=5' })).toBeVisible();
  await expect(setting.getByTestId('chat-answer')).toContainText('Hyperparameters are tuned by comparing results on the validation set');
});

test('questions about the example code get its statements; "are you sure?" shows where the answer comes from', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const pooling = await chat.ask('文章的代码里池化用了几次');
  // "几次" asks how many, not whether: no "用到了："
  await expect(pooling.getByTestId('chat-answer')).toContainText('文章第 5.2 节「源代码详细实现」的示例代码有 2 处用到了池化');
  await expect(pooling.getByTestId('chat-answer')).not.toContainText('用到了：');
  await expect(pooling.getByTestId('chat-answer').locator('pre code')).toContainText('layers.MaxPooling2D((2, 2))');
  await expect(pooling.getByTestId('chat-source').first()).toHaveAttribute('data-section', '5.2');
  const dropout = await chat.ask('does the code use dropout?');
  await expect(dropout.getByTestId('chat-answer')).toContainText("No: the article's example code in section 5.2");
  const check = await chat.ask('are you sure?');
  await expect(check).toHaveAttribute('data-refused', 'false');
  await expect(check.getByTestId('chat-answer')).toContainText('I only quote my sources, so you can check it yourself');
  await expect(check.getByTestId('chat-answer')).toContainText("No: the article's example code in section 5.2");
});

test('Enter sends, Shift+Enter adds a line, an empty question gets a message', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.input().press('Enter');
  await expect(page.getByTestId('chat-notice')).toHaveText('Type a question first.');
  await expect(chat.messages()).toHaveCount(0);
  await chat.input().fill('What is');
  await chat.input().press('Shift+Enter');
  await expect(chat.input()).toHaveValue('What is\n');
  await expect(chat.messages()).toHaveCount(0);
  await chat.input().pressSequentially('dropout?');
  await chat.input().press('Enter');
  await expect(chat.answers()).toHaveCount(1);
  await expect(chat.answers().first()).toHaveAttribute('data-kind', 'glossary');
  await expect(chat.input()).toHaveValue('');
});

test('a suggested question can be asked with one click', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await page.getByTestId('chat-suggestion').first().click();
  await expect(chat.answers()).toHaveCount(1, { timeout: 60_000 });
  await expect(chat.answers().first().getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.1');
});

test('history survives a reload, and clearing it sticks', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('什么是卷积神经网络？');
  await page.reload();
  await expect(chat.messages()).toHaveCount(2);
  await expect(chat.userMessages().first()).toContainText('什么是卷积神经网络？');
  await page.getByTestId('chat-clear').click();
  await page.getByTestId('chat-clear-confirm').click();
  await expect(chat.messages()).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('chat-suggestion').first()).toBeVisible();
  await expect(chat.messages()).toHaveCount(0);
});

test('follow-ups continue the conversation, also after a reload; "what about X" keeps the question\'s frame', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('how does backpropagation work?');
  const more = await chat.ask('tell me more');
  await expect(more.getByTestId('chat-answer')).toContainText('More on “how does backpropagation work?”');
  await expect(more.getByTestId('chat-source')).toHaveCount(1);
  const firstMore = await more.getByTestId('chat-answer').innerText();
  await page.reload();
  await expect(chat.messages()).toHaveCount(4);
  const again = await chat.ask('继续');
  await expect(again).toHaveAttribute('data-lang', 'zh');
  await expect(again.getByTestId('chat-answer')).toContainText('关于“how does backpropagation work?”');
  expect(await again.getByTestId('chat-answer').innerText()).not.toBe(firstMore);
  const about = await chat.ask('what about gradient descent?');
  await expect(about.getByTestId('chat-answer')).toContainText('Reading this as “how does gradient descent work?”');
  // after clearing, there is nothing to continue
  await page.getByTestId('chat-clear').click();
  await page.getByTestId('chat-clear-confirm').click();
  const alone = await chat.ask('tell me more');
  await expect(alone.getByTestId('chat-answer')).toContainText('Tell you more about what?');
});

test('"the second one" points into the list the conversation showed, also after a reload; "用中文说" answers in Chinese', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What challenges does deep learning face?');
  await page.reload();
  await expect(chat.messages()).toHaveCount(2);
  const second = await chat.ask('the second one');
  await expect(second.getByTestId('chat-answer')).toContainText('Item 2 of the list in section 8.3');
  await expect(second.getByTestId('chat-answer')).toContainText('Consumption of computing resources');
  const zh = await chat.ask('用中文说');
  await expect(zh).toHaveAttribute('data-lang', 'zh');
  await expect(zh.getByTestId('chat-answer')).toContainText('计算资源消耗');
});

test('a message with two questions gets an answer to each, under its question, with both sources', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const answer = await chat.ask('What is dropout? And what is a GAN?');
  const body = answer.getByTestId('chat-answer');
  await expect(body.locator('strong', { hasText: 'What is dropout?' })).toBeVisible();
  await expect(body.locator('strong', { hasText: 'what is a GAN?' })).toBeVisible();
  expect(await answer.getByTestId('chat-source').count()).toBeGreaterThanOrEqual(2);
});

test('a corrupt saved conversation is reported and the chat keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('glassbox-chat-v1', '{not json');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const chat = new ChatPage(page);
  await chat.open();
  await expect(page.getByTestId('chat-history-note')).toContainText('could not be read');
  const answer = await chat.ask('What is backpropagation?');
  await expect(answer).toHaveAttribute('data-refused', 'false');
});

test('HTML and script payloads render as inert text', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> what is a CNN?';
  await chat.ask(payload);
  await expect(chat.userMessages().first().getByTestId('chat-user-text')).toHaveText(payload);
  await expect(page.getByTestId('chat-log').locator('img, script:not([nonce])')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.reload();
  await expect(chat.userMessages().first().getByTestId('chat-user-text')).toHaveText(payload);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('user messages get sentiment and topic chips that open the text lab', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const question = 'How do convolutional layers detect edges in images?';
  await chat.ask(question);
  const chips = chat.userMessages().first().getByTestId('chat-chip');
  await expect(chips).toHaveCount(2, { timeout: 30_000 });
  // a question states no opinion: the subjectivity check turns the sentiment chip neutral and the
  // tooltip keeps what the two-class sentiment model said
  const sentimentChip = chips.and(page.locator('[data-task="sentiment"]'));
  await expect(sentimentChip).toHaveAttribute('data-label', 'neutral');
  await expect(sentimentChip).toHaveAttribute('title', /finds no opinion here; the sentiment model alone, which knows only positive and negative, says (positive|negative)/);
  // about deep learning: the topic chip keeps the topic model's label
  await expect(chips.and(page.locator('[data-task="topic"]'))).not.toHaveAttribute('data-label', 'off-topic');
  await chips.and(page.locator('[data-task="topic"]')).click();
  await expect(page).toHaveURL(/\/text\?task=topic&text=/);
  await expect(page.getByTestId('text-input')).toHaveValue(question);
  await expect(page.getByTestId('task-topic')).toHaveAttribute('aria-pressed', 'true');
});

test('a message about something else gets an off-topic chip, with what the topic model said in its tooltip', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('我周末想去爬山，带什么零食好？');
  const topic = chat.userMessages().first().getByTestId('chat-chip').and(page.locator('[data-task="topic"]'));
  await expect(topic).toHaveAttribute('data-label', 'off-topic', { timeout: 30_000 });
  await expect(topic).toContainText('not about deep learning');
  await expect(topic).toHaveAttribute('title', /not about deep learning; the topic model alone, which knows only six areas, says /);
});

test('the chips\' sentiment and topic models show their download progress, then the chips appear', async ({ page, context }) => {
  await context.route('**/models/glassbox-topic/onnx/**', async (route) => {
    await new Promise((r) => setTimeout(r, 2500)); // a slow network: the bar must be seen
    await route.continue();
  });
  const chat = new ChatPage(page);
  await chat.open();
  await chat.input().fill('What is dropout?');
  await chat.input().press('Enter');
  const progress = page.getByTestId('chat-chips-loading');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress).toContainText('sentiment and topic models');
  await expect(chat.userMessages().first().getByTestId('chat-chip')).toHaveCount(2, { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
});

test('the conversation exports as Markdown', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What is a pooling layer?');
  const download = page.waitForEvent('download');
  await page.getByTestId('chat-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('glassbox-chat.md');
  const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  expect(text).toContain('**You:** What is a pooling layer?');
  expect(text).toMatch(/\/article#sec-/);
});

test('a very long question is cut with a notice and still answered', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  const long = `How do I prevent overfitting? ${'very '.repeat(400)}`;
  await chat.input().fill(long);
  await expect(page.getByTestId('chat-notice')).toContainText('Only the first 1000 characters');
  await chat.input().press('Enter');
  await expect(chat.answers()).toHaveCount(1);
  await expect(page.getByTestId('chat-notice')).toContainText('only its first 1000 characters');
});

test('the chat page is in Chinese when the interface language is Chinese', async ({ page, shell }) => {
  await page.goto('/chat');
  await shell.langButton('zh').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('问答');
  await expect(page.getByTestId('chat-send')).toHaveText('发送');
});
