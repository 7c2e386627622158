//! Generation options, shared by the `generate!` macro and the command line.

/// How parameters of imported functions hold lists and strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Ownership {
    /// Types own their contents; imported functions borrow top-level lists
    /// and strings (`&[T]`, `&str`).
    #[default]
    Owning,
    /// Types used only as parameters of imported functions borrow their
    /// lists and strings. With `duplicate_if_necessary`, types used both ways
    /// get a borrowing `...Param` twin and an owning `...Result` twin.
    Borrowing { duplicate_if_necessary: bool },
}

/// What a `with` entry maps an interface or type to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WithTarget {
    /// An existing Rust path, used instead of generating.
    Path(String),
    /// Generate as usual.
    Generate,
}

/// Everything that changes the generated code.
#[derive(Clone, Debug)]
pub struct Options {
    pub ownership: Ownership,
    /// Also emit a stub implementation of every export and the `export!` call.
    pub stubs: bool,
    /// Derives added to every generated record, variant, enum and flags type.
    pub additional_derives: Vec<String>,
    /// Attributes added to single types: (WIT type name or `iface.type`, attribute).
    pub type_attributes: Vec<(String, String)>,
    /// Interface (`ns:pkg/iface`) or type (`ns:pkg/iface/type`) mappings.
    pub with: Vec<(String, WithTarget)>,
    /// Generate every imported interface `with` does not name. As in
    /// wit-bindgen, when `with` has entries and this is off, an interface
    /// imported from another package than the world's needs a `with` entry
    /// (a path or `generate`), else generation fails naming it. Without any
    /// `with` entries everything is generated.
    pub generate_all: bool,
    /// Functions (WIT names) to leave out.
    pub skip: Vec<String>,
    /// The name of the export macro (default `export`).
    pub export_macro_name: Option<String>,
    /// Make the export macro `pub` (through `#[macro_export]`).
    pub pub_export_macro: bool,
    /// Path from which `export!` finds the bindings (default `self`).
    pub default_bindings_module: Option<String>,
    /// Name of a Cargo feature gating `std`-only items (e.g. `"std"`).
    pub std_feature: Option<String>,
    /// Path of the runtime crate (default `::canon_guest`).
    pub runtime_path: String,
    /// Format with prettyplease (the macro skips it).
    pub format: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ownership: Ownership::Owning,
            stubs: false,
            additional_derives: Vec::new(),
            type_attributes: Vec::new(),
            with: Vec::new(),
            generate_all: false,
            skip: Vec::new(),
            export_macro_name: None,
            pub_export_macro: false,
            default_bindings_module: None,
            std_feature: None,
            runtime_path: "::canon_guest".into(),
            format: true,
        }
    }
}
