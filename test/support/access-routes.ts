import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** `METHOD /full/path/:param`, exactly as Fastify routes it. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

const METHODS: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/**
 * Every route of every controller the running application registered, read from Nest's routing
 * metadata and confirmed against Fastify's router (with or without the global prefix), so a
 * controller added anywhere shows up here without anyone listing it.
 */
export function applicationRoutes(app: NestFastifyApplication, prefix: string): RouteKey[] {
  const fastify = app.getHttpAdapter().getInstance();
  const routes = new Set<RouteKey>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const handler of handlersOf(metatype.prototype as object)) {
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        if (!method) throw new Error(`${metatype.name}.${handler.name}: phương thức HTTP chưa hỗ trợ`);
        for (const path of paths(metatype, handler)) {
          const candidates = [`/${prefix}${path}`, path].map((url) => url.replace(/\/$/, '') || '/');
          const url = candidates.find((candidate) => fastify.hasRoute({ method: method as 'GET', url: candidate }));
          if (!url) throw new Error(`${method} ${path}: Fastify không có đường dẫn này (not routed)`);
          routes.add(`${method} ${url}` as RouteKey);
        }
      }
    }
  }
  return [...routes].sort();
}

function handlersOf(prototype: object): ((...args: unknown[]) => unknown)[] {
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown)
    .filter((value): value is (...args: unknown[]) => unknown => typeof value === 'function')
    .filter((handler) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined);
}

function paths(controller: object, handler: object): string[] {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : [String(value ?? '')]);
  const join = (...parts: string[]) =>
    `/${parts
      .flatMap((part) => part.split('/'))
      .filter(Boolean)
      .join('/')}`;
  return list(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((base) =>
    list(Reflect.getMetadata(PATH_METADATA, handler)).map((path) => join(base, path)),
  );
}
