import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../core/graphql/scalars.js';

@ObjectType('StoredFile', { description: 'An evidence file.' })
export class StoredFileModel {
  @Field(() => ID)
  id: string;

  @Field()
  filename: string;

  @Field()
  mimeType: string;

  @Field(() => Int, { description: 'Bytes.' })
  size: number;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field({ description: 'PDF and images open in the browser; office documents download.' })
  previewable?: boolean;

  @Field({ description: 'A link valid for 30 minutes; add &download to force a download.' })
  url?: string;
}
