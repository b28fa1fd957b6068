/**
 * The {@code chitieu} command line: {@code plans}, {@code validate}, {@code assess}, {@code report} and {@code demo}.
 * {@link dev.chitieu.cli.Main} is the entry point of the runnable jar; {@link dev.chitieu.cli.Cli} runs a command
 * line with given output streams, for tests and for programs that embed the command. Exit codes are in {@link
 * dev.chitieu.cli.ExitCodes}; {@code docs/cli.md} describes every command.
 */
package dev.chitieu.cli;
