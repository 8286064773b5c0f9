// Page object for /digits: draws with the mouse like a person would, and reads what the page shows.
import { expect, type Page } from '@playwright/test';

/** A stroke as points in canvas fractions (0..1). */
export type Stroke = [number, number][];

export const STROKES: Record<string, Stroke[]> = {
  one: [[[0.52, 0.15], [0.5, 0.5], [0.48, 0.85]]],
  seven: [[[0.25, 0.2], [0.75, 0.2], [0.55, 0.5], [0.42, 0.85]]],
  // one continuous stroke, as a person writes a 2: an arc over the top, a diagonal, a base line
  two: [[...Array.from({ length: 14 }, (_, i) => {
    const a = Math.PI * (1.05 + 1.2 * (i / 13));
    return [0.5 + 0.18 * Math.cos(a), 0.33 + 0.15 * Math.sin(a)] as [number, number];
  }), [0.3, 0.8], [0.72, 0.8]]],
  zero: [Array.from({ length: 25 }, (_, i) => {
    const a = (i / 24) * Math.PI * 2;
    return [0.5 + 0.22 * Math.sin(a), 0.5 - 0.32 * Math.cos(a)] as [number, number];
  })],
};

export class DigitsPage {
  constructor(readonly page: Page) {}

  canvas() { return this.page.getByTestId('digit-canvas'); }
  prediction() { return this.page.getByTestId('digit-prediction'); }
  backend() { return this.page.getByTestId('backend-indicator'); }
  hint() { return this.page.getByTestId('digit-hint'); }

  async open() {
    await this.page.goto('/digits');
    await this.waitReady();
  }

  async waitReady() {
    await expect(this.backend()).toHaveText(/^(webgpu|webgl|wasm|cpu)$/, { timeout: 45_000 });
  }

  /** Draws strokes with mouse moves (several intermediate events per segment). */
  async draw(strokes: Stroke[]) {
    const box = (await this.canvas().boundingBox())!;
    const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
    for (const stroke of strokes) {
      await this.page.mouse.move(...at(stroke[0]));
      await this.page.mouse.down();
      for (const p of stroke.slice(1)) await this.page.mouse.move(...at(p), { steps: 6 });
      await this.page.mouse.up();
    }
  }

  /** The probabilities shown for 0..9, read from the bars. */
  async probabilities(): Promise<number[]> {
    return this.page.getByTestId('digit-probabilities').locator('[data-value]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  }
}
