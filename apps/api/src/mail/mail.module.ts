import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Sending e-mail through the SMTP server the configuration names, when it names one. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
