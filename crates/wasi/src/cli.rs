//! `wasi:cli`: arguments, environment and initial directory, `exit`, the
//! three standard streams, and the terminal interfaces.

use canon_host::{Error, Resource, Result, Trap, TrapKind};

use crate::WasiCtx;
use crate::bindings::wasi::cli::{
    environment, exit, stderr, stdin, stdout, terminal_input, terminal_output, terminal_stderr,
    terminal_stdin, terminal_stdout,
};
use crate::stream::{InputStream, OutputStream};

impl environment::Host for WasiCtx {
    fn get_environment(&mut self) -> Result<Vec<(String, String)>> {
        Ok(self.env.clone())
    }

    fn get_arguments(&mut self) -> Result<Vec<String>> {
        Ok(self.args.clone())
    }

    fn initial_cwd(&mut self) -> Result<Option<String>> {
        Ok(self.initial_cwd.clone())
    }
}

/// `exit` ends the run: the status travels to the embedder as a trap of
/// kind [`TrapKind::Exit`], the instance cannot be entered again.
fn exit_with(code: i32) -> Result<()> {
    Err(Error::Trap(Trap::new(TrapKind::Exit(code))))
}

/// The exit status of a command from what `wasi:cli/run` answered: 0 for
/// `ok`, 1 for `err`, the status given to `exit` or `exit-with-code`; any
/// other error (a trap, say) is returned as it is.
pub fn exit_status(
    run: std::result::Result<std::result::Result<(), ()>, Error>,
) -> std::result::Result<i32, Error> {
    match run {
        Ok(Ok(())) => Ok(0),
        Ok(Err(())) => Ok(1),
        Err(Error::Trap(trap)) => match trap.kind() {
            TrapKind::Exit(code) => Ok(*code),
            _ => Err(Error::Trap(trap)),
        },
        Err(e) => Err(e),
    }
}

impl exit::Host for WasiCtx {
    fn exit(&mut self, status: std::result::Result<(), ()>) -> Result<()> {
        exit_with(if status.is_ok() { 0 } else { 1 })
    }

    fn exit_with_code(&mut self, status_code: u8) -> Result<()> {
        exit_with(i32::from(status_code))
    }
}

impl stdin::Host for WasiCtx {
    fn get_stdin(&mut self) -> Result<Resource<stdin::InputStream>> {
        let stream: Box<dyn InputStream> = self.stdin.stream();
        self.table.push(stream)
    }
}

impl stdout::Host for WasiCtx {
    fn get_stdout(&mut self) -> Result<Resource<stdout::OutputStream>> {
        let stream: Box<dyn OutputStream> = self.stdout.stream();
        self.table.push(stream)
    }
}

impl stderr::Host for WasiCtx {
    fn get_stderr(&mut self) -> Result<Resource<stderr::OutputStream>> {
        let stream: Box<dyn OutputStream> = self.stderr.stream();
        self.table.push(stream)
    }
}

/// The table value behind a `terminal-input` handle.
struct TerminalInput;

/// The table value behind a `terminal-output` handle.
struct TerminalOutput;

impl terminal_input::HostTerminalInput for WasiCtx {
    fn drop(&mut self, rep: Resource<terminal_input::TerminalInput>) -> Result<()> {
        self.table.delete::<_, TerminalInput>(rep)?;
        Ok(())
    }
}

impl terminal_input::Host for WasiCtx {}

impl terminal_output::HostTerminalOutput for WasiCtx {
    fn drop(&mut self, rep: Resource<terminal_output::TerminalOutput>) -> Result<()> {
        self.table.delete::<_, TerminalOutput>(rep)?;
        Ok(())
    }
}

impl terminal_output::Host for WasiCtx {}

impl terminal_stdin::Host for WasiCtx {
    fn get_terminal_stdin(&mut self) -> Result<Option<Resource<terminal_stdin::TerminalInput>>> {
        if !self.stdin.is_terminal() {
            return Ok(None);
        }
        self.table.push(TerminalInput).map(Some)
    }
}

impl terminal_stdout::Host for WasiCtx {
    fn get_terminal_stdout(&mut self) -> Result<Option<Resource<terminal_stdout::TerminalOutput>>> {
        if !self.stdout.is_terminal() {
            return Ok(None);
        }
        self.table.push(TerminalOutput).map(Some)
    }
}

impl terminal_stderr::Host for WasiCtx {
    fn get_terminal_stderr(&mut self) -> Result<Option<Resource<terminal_stderr::TerminalOutput>>> {
        if !self.stderr.is_terminal() {
            return Ok(None);
        }
        self.table.push(TerminalOutput).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use canon_host::{Error, Trap, TrapKind};

    use super::exit_status;

    #[test]
    fn exit_status_follows_run_and_exit() {
        assert_eq!(exit_status(Ok(Ok(()))).unwrap(), 0);
        assert_eq!(exit_status(Ok(Err(()))).unwrap(), 1);
        let exit = Error::Trap(Trap::new(TrapKind::Exit(42)));
        assert_eq!(exit_status(Err(exit)).unwrap(), 42);
        let trap = Error::Trap(Trap::new(TrapKind::Unreachable));
        let err = exit_status(Err(trap)).unwrap_err();
        assert!(matches!(
            err.as_trap().map(Trap::kind),
            Some(TrapKind::Unreachable)
        ));
    }
}
