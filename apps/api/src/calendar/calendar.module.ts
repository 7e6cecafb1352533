import { Module } from '@nestjs/common';

import { CalendarBook } from './calendar-book';
import { CalendarController } from './calendar.controller';

/** Provinces' working calendars (official schedule + declared days), read and declared through the API. */
@Module({ controllers: [CalendarController], providers: [CalendarBook], exports: [CalendarBook] })
export class CalendarModule {}
