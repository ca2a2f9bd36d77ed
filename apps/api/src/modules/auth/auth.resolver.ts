import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayloadModel } from '../user/dto/user.model.js';
import { Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel, {
    description: 'Signs in. Five failed attempts lock the account for 15 minutes.',
  })
  @Public()
  login(@Args('username') username: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    return this.auth.login(username, password);
  }
}
