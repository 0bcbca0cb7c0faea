import { describe, expect, it } from 'vitest';
import { renderStartup } from './render-startup';

describe('renderStartup', () => {
  const environment = { SERVER_PORT: '27015', SERVER_IP: '127.0.0.1', SERVER_MEMORY: '1024', SRCDS_MAP: 'de_dust2' };

  it('replaces {{VAR}} with values', () => {
    expect(renderStartup('./srcds_run -port {{SERVER_PORT}} +map {{SRCDS_MAP}}', environment)).toBe(
      './srcds_run -port 27015 +map de_dust2',
    );
  });

  it('understands Wings-style server.build placeholders', () => {
    expect(renderStartup('{{server.build.default.port}} {{server.build.memory}} {{server.build.env.SRCDS_MAP}}', environment)).toBe(
      '27015 1024 de_dust2',
    );
  });

  it('leaves unknown placeholders and shell variables alone', () => {
    expect(renderStartup('{{NOPE}} ${SRCDS_MAP}', environment)).toBe('{{NOPE}} ${SRCDS_MAP}');
  });

  it('leaves placeholders named like Object.prototype members as written', () => {
    expect(renderStartup('{{constructor}} {{env.toString}} {{server.build.__proto__}}', environment)).toBe(
      '{{constructor}} {{env.toString}} {{server.build.__proto__}}',
    );
  });
});
