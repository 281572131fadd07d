/**
 * AI providers answer chat completions for natural-language questions and explanations. See
 * {@link io.lucent.plugin.api.ai.AiProvider}.
 */
package io.lucent.plugin.api.ai;
