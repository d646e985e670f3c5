import { z } from 'zod';

const text = z.string().trim().min(1);
const rate = z.number().min(0).max(1);
const amount = z.number().positive();

/**
 * The props of the exercise components still being built, as the brief gives
 * them; once a component's kind lands in src/shared/exercises/kinds.ts, its own
 * schema is used instead and its entry here can go.
 */
export const EXERCISE_PROPS: Record<string, z.ZodType> = {
  ActionPlan: z.strictObject({ id: z.string() }),
  BudgetSandbox: z.strictObject({
    id: z.string(),
    channels: z
      .array(
        z.union([
          z.strictObject({ name: text, spend: amount, cpm: amount, ctr: rate, conversionRate: rate }),
          z.strictObject({ name: text, monthlyCost: amount, impressions: amount, ctr: rate, conversionRate: rate }),
        ]),
      )
      .min(2)
      .max(3),
    averageOrderValue: amount,
    grossMargin: rate.positive(),
  }),
  MetricQuestion: z
    .strictObject({
      id: z.string(),
      metric: z.string(),
      prompt: text,
      inputs: z.record(z.string(), z.number()).optional(),
      ranges: z
        .record(
          z.string(),
          z
            .strictObject({ min: z.number(), max: z.number(), step: z.number().positive() })
            .refine((r) => r.min <= r.max, 'min is above max'),
        )
        .optional(),
    })
    .refine((q) => q.inputs !== undefined || q.ranges !== undefined, 'needs inputs={{…}} or ranges={{…}}'),
};
