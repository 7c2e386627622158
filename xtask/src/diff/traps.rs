//! Traps in the differential run: the import traps every host injects alike,
//! and the classes traps are compared by (hosts word their messages
//! differently, so messages are reported but never compared).

use std::fmt;

use canon_host::TrapKind;

/// The message of an injected import trap; every host's import returns it.
pub(crate) const INJECTED: &str = "injected import trap";

/// What kind of trap a call ended in, independent of the host's wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TrapClass {
    /// The host's import implementation failed on purpose ([`INJECTED`]).
    Injected,
    /// The instance was entered while locked down or already running.
    CannotEnter,
    /// `unreachable` ran in the guest.
    Unreachable,
    /// A memory access or a pointer handed over was out of bounds.
    OutOfBounds,
    /// Anything else, with the host's message.
    Other(String),
}

impl fmt::Display for TrapClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapClass::Injected => f.write_str("injected import trap"),
            TrapClass::CannotEnter => f.write_str("cannot enter"),
            TrapClass::Unreachable => f.write_str("unreachable"),
            TrapClass::OutOfBounds => f.write_str("out of bounds"),
            TrapClass::Other(message) => write!(f, "other ({message})"),
        }
    }
}

/// A failed call: its class, and the host's own message for the report.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) class: TrapClass,
    pub(crate) message: String,
}

impl Failure {
    /// The harness could not make the call at all (a missing export, a
    /// value it cannot convert).
    pub(crate) fn harness(error: anyhow::Error) -> Failure {
        Failure {
            class: TrapClass::Other("harness".into()),
            message: format!("{error:#}"),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trap [{}]: {}", self.class, self.message)
    }
}

/// The class of an error from wasmtime's component runtime.
pub(crate) fn classify_wasmtime(error: &wasmtime::Error) -> Failure {
    let message = format!("{error:#}");
    let class = if message.contains(INJECTED) {
        TrapClass::Injected
    } else {
        match error.downcast_ref::<wasmtime::Trap>() {
            Some(wasmtime::Trap::CannotEnterComponent) => TrapClass::CannotEnter,
            Some(wasmtime::Trap::UnreachableCodeReached) => TrapClass::Unreachable,
            Some(wasmtime::Trap::MemoryOutOfBounds) => TrapClass::OutOfBounds,
            _ if message.contains("out of bounds") => TrapClass::OutOfBounds,
            _ => TrapClass::Other(message.clone()),
        }
    };
    Failure { class, message }
}

/// The class of an error from canon-host.
pub(crate) fn classify_canon(error: &canon_host::Error) -> Failure {
    let message = error.to_string();
    let class = match error.as_trap().map(canon_host::Trap::kind) {
        Some(TrapKind::Host(m)) if m.contains(INJECTED) => TrapClass::Injected,
        Some(TrapKind::CannotEnter) => TrapClass::CannotEnter,
        Some(TrapKind::Unreachable) => TrapClass::Unreachable,
        Some(TrapKind::MemoryOutOfBounds | TrapKind::PointerOutOfBounds { .. }) => {
            TrapClass::OutOfBounds
        }
        _ => TrapClass::Other(message.clone()),
    };
    Failure { class, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_ignore_wording() {
        let ours = canon_host::Error::Trap(TrapKind::Host(format!("{INJECTED} in f")).into());
        let theirs = wasmtime::Error::msg(format!("{INJECTED} in f"));
        assert_eq!(classify_canon(&ours).class, TrapClass::Injected);
        assert_eq!(classify_wasmtime(&theirs).class, TrapClass::Injected);
        let ours =
            canon_host::Error::Trap(TrapKind::PointerOutOfBounds { ptr: 65536, len: 4 }.into());
        let theirs = wasmtime::Error::from(wasmtime::Trap::MemoryOutOfBounds);
        assert_eq!(classify_canon(&ours).class, TrapClass::OutOfBounds);
        assert_eq!(classify_wasmtime(&theirs).class, TrapClass::OutOfBounds);
        let ours = canon_host::Error::Trap(TrapKind::CannotEnter.into());
        let theirs = wasmtime::Error::from(wasmtime::Trap::CannotEnterComponent);
        assert_eq!(classify_canon(&ours).class, TrapClass::CannotEnter);
        assert_eq!(classify_wasmtime(&theirs).class, TrapClass::CannotEnter);
        assert!(matches!(
            classify_canon(&canon_host::Error::Trap(
                TrapKind::InvalidChar(0xd800).into()
            ))
            .class,
            TrapClass::Other(_)
        ));
    }
}
