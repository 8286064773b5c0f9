import { describe, expect, it } from 'vitest';
import { detectTextLang, negotiateLang } from './lang';

describe('negotiateLang', () => {
  it('prefers the highest-q supported language', () => {
    expect(negotiateLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(negotiateLang('en-US,en;q=0.9,zh;q=0.8')).toBe('en');
    expect(negotiateLang('fr-FR,zh-TW;q=0.7,en;q=0.5')).toBe('zh');
    expect(negotiateLang('en;q=0.4,zh;q=0.6')).toBe('zh');
  });
  it('falls back to English for missing or unsupported headers', () => {
    expect(negotiateLang(undefined)).toBe('en');
    expect(negotiateLang('')).toBe('en');
    expect(negotiateLang('de,fr')).toBe('en');
    expect(negotiateLang('zh;q=0')).toBe('en');
  });
});

describe('detectTextLang', () => {
  it('tells Chinese from English, including mixed text', () => {
    expect(detectTextLang('什么是深度学习？')).toBe('zh');
    expect(detectTextLang('What is deep learning?')).toBe('en');
    expect(detectTextLang('什么是 CNN 的 pooling？')).toBe('zh');
    expect(detectTextLang('How is 深度学习 translated into English words here?')).toBe('en');
  });
});
