import { Module } from '@nestjs/common';

import { RoundTripController } from './round-trip.controller';

@Module({ controllers: [RoundTripController] })
export class DiagnosticsModule {}
