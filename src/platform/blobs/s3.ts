// The S3 backend for servers (issue 17), through the official AWS SDK. Written as a multipart
// upload of fixed-size parts, so memory stays at one part whatever the object's size, and the
// object appears only when the upload completes (an aborted or crashed upload leaves no object;
// S3 lifecycle rules "abort incomplete multipart uploads" clean up its parts — see
// docs/operations.md). Tested against s3rver, a local S3-compatible server from npm.
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { BlobNotFoundError, checkKey, type BlobBackend } from './backend.ts';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  forcePathStyle?: boolean;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Prefix inside the bucket (e.g. "tacet/"). */
  prefix?: string;
  /** Multipart part size; S3 needs at least 5 MiB for every part but the last. */
  partBytes?: number;
}

const MIN_PART = 5 * 1024 * 1024;

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

export class S3BlobBackend implements BlobBackend {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly partBytes: number;

  constructor(private readonly s: S3Settings) {
    this.partBytes = Math.max(MIN_PART, s.partBytes ?? 8 * 1024 * 1024);
    this.client = new S3Client({
      region: s.region,
      ...(s.endpoint !== undefined ? { endpoint: s.endpoint } : {}),
      forcePathStyle: s.forcePathStyle ?? false,
      ...(s.accessKeyId !== undefined && s.secretAccessKey !== undefined
        ? { credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } }
        : {}),
    });
  }

  private key(key: string): string {
    return `${this.s.prefix ?? ''}${checkKey(key)}`;
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const Key = this.key(key);
    const Bucket = this.s.bucket;
    let uploadId: string | undefined;
    const parts: Array<{ PartNumber: number; ETag: string }> = [];
    let size = 0;
    let buf: Buffer[] = [];
    let buffered = 0;
    const flushPart = async (): Promise<void> => {
      if (uploadId === undefined) {
        uploadId = (await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType: 'application/octet-stream' }))).UploadId;
        if (uploadId === undefined) throw new Error('S3 did not start a multipart upload');
      }
      const PartNumber = parts.length + 1;
      const r = await this.client.send(new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body: Buffer.concat(buf, buffered) }));
      if (r.ETag === undefined) throw new Error('S3 returned no ETag for a part');
      parts.push({ PartNumber, ETag: r.ETag });
      buf = [];
      buffered = 0;
    };
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        buf.push(chunk);
        buffered += chunk.length;
        size += chunk.length;
        if (buffered >= this.partBytes) await flushPart();
      }
      if (uploadId === undefined) {
        // Small object: one PUT, atomic by itself.
        await this.client.send(new PutObjectCommand({ Bucket, Key, Body: Buffer.concat(buf, buffered), ContentType: 'application/octet-stream' }));
        return { size };
      }
      if (buffered > 0) await flushPart();
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
      return { size };
    } catch (err) {
      if (uploadId !== undefined) await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId })).catch(() => undefined);
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.s.bucket, Key: this.key(key) }));
      if (!(r.Body instanceof Readable)) throw new Error('S3 body is not a Node stream');
      return r.Body;
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError();
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s.bucket, Key: this.key(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s.bucket, Key: this.key(key) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
