/** Every workflow the worker registers; bundled once by the worker. */
export { roundTrip } from './round-trip/workflow';
