import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';

export interface TokenClaims {
  userId: string;
  generation: number;
}

/** HS256 tokens; the secret comes from TOKEN_SECRET or is generated once into DATA_DIR. */
@Injectable()
export class TokenService {
  private readonly secret: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.secret = new TextEncoder().encode(config.tokenSecret ?? this.secretFromDataDir());
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.config.tokenTtlHours * 3600) * 1000);
    const token = await new SignJWT({ gen: claims.generation })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt };
  }

  /** The claims, or null for a token that is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.gen !== 'number' || payload.purpose) return null;
      return { userId: payload.sub, generation: payload.gen };
    } catch {
      return null;
    }
  }

  /** A short-lived link to one file, minted after the caller was allowed to see it. */
  async signFileAccess(fileId: string, minutes = 30): Promise<string> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({ purpose: 'file' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(fileId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + minutes * 60)
      .sign(this.secret);
  }

  async verifyFileAccess(token: string, fileId: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      return payload.purpose === 'file' && payload.sub === fileId;
    } catch {
      return false;
    }
  }

  private secretFromDataDir(): string {
    const file = join(this.config.dataDir, 'token-secret');
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      const secret = randomBytes(48).toString('base64url');
      // 'wx' fails if another process wrote it first; then read theirs.
      try {
        writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
        return secret;
      } catch {
        return readFileSync(file, 'utf8').trim();
      }
    }
  }
}
