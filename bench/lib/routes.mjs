// The pages the bench opens. Hash routing: the server only ever sees "/".

/** The first question of the wizard. */
export const FIRST_QUESTION = '#/q/task';

/** A cold share link to a full result (every question answered, training section shown). */
export const SHARE_LINK =
  '#/result?v=1&task=tabular&control=full&data=large&pyspark=yes&unified=yes&language=python&ui=yes&existing=databricks&workflow=multi-step&needs=unattended,versioning&framework=pytorch&setup=low-level&compute=managed-cluster';
