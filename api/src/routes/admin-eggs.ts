import { Router } from 'express';
import type { EggView } from '@stellarstack/contracts';
import { EggRecord } from '../db/models/index';
import { parseEgg } from '../eggs/parse-egg';
import { isUuid } from '../db/uuid';
import { notFound, unprocessable } from '../http/errors';

function eggView(egg: EggRecord): EggView {
  return {
    id: egg.id,
    name: egg.name,
    author: egg.author,
    description: egg.description,
    dockerImages: egg.dockerImages,
    startup: egg.startup,
    stopCommand: egg.stopCommand,
    doneText: egg.doneText,
    variables: egg.variables,
  };
}

export function adminEggsRouter(): Router {
  const router = Router();

  /** Body: a Pterodactyl egg export, as downloaded from the panel. */
  router.post('/eggs/import', async (req, res) => {
    const result = parseEgg(req.body);
    if (!result.ok) throw unprocessable('invalid_egg', result.message, result.details);
    const egg = await EggRecord.create(result.egg);
    res.status(201).json(eggView(egg));
  });

  router.get('/eggs', async (_req, res) => {
    const eggs = await EggRecord.findAll({ order: [['name', 'ASC'], ['createdAt', 'ASC']] });
    res.json(eggs.map(eggView));
  });

  router.get('/eggs/:id', async (req, res) => {
    const egg = isUuid(req.params.id) ? await EggRecord.findByPk(req.params.id) : null;
    if (!egg) throw notFound('Egg');
    res.json(eggView(egg));
  });

  return router;
}
