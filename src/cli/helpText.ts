import type { Lang } from "../core/messages/catalogue";
import { usage } from "./args";
import { CLI_TEXT } from "./cliText";
import { COMMAND_NAMES, COMMAND_SPECS, OPTIONS, type CommandName, type OptionName } from "./commandSpec";

/** `--help`: the tool's commands, or one command's synopsis and options. */
export function helpText(lang: Lang, command?: CommandName): string {
  const t = CLI_TEXT[lang].help;
  if (!command) {
    const width = Math.max(...COMMAND_NAMES.map((c) => c.length)) + 2;
    return [
      t.tool,
      "",
      usage(t.usage),
      "",
      `${t.commandsHeading}:`,
      ...COMMAND_NAMES.map((c) => `  ${c.padEnd(width)}${t.commands[c]}`),
      "",
      optionLines(lang, ["help", "version"]),
      "",
      t.more,
    ].join("\n");
  }
  return [
    `${t.usage}: npm run cli -- ${command} ${COMMAND_SPECS[command].synopsis}`,
    "",
    `${command}: ${t.commands[command]}`,
    "",
    optionLines(lang, [...COMMAND_SPECS[command].options, "help"]),
  ].join("\n");
}

function optionLines(lang: Lang, names: readonly OptionName[]): string {
  const t = CLI_TEXT[lang].help;
  const shown = names.map((n) => {
    const { short, value } = OPTIONS[n];
    return `${short ? `-${short}, ` : ""}--${n}${value ? ` ${value}` : ""}`;
  });
  const width = Math.max(...shown.map((s) => s.length)) + 2;
  return [`${t.optionsHeading}:`, ...names.map((n, i) => `  ${shown[i].padEnd(width)}${t.options[n]}`)].join("\n");
}
