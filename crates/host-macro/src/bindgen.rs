//! `bindgen!`: host bindings for a WIT world.
//!
//! ```text
//! canon_host::bindgen!({
//!     world: "my-world",
//!     path: "wit",
//!     with: { "wasi:io/streams": my_streams },
//!     additional_derives: [PartialEq],
//!     trappable_error_type: { "a:b/types/error-code" => MyError },
//!     trappable_imports: true,
//! });
//! ```
//!
//! The input is parsed here into [`Config`]; the WIT is loaded with
//! canon-wit and [`render`] renders the bindings.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Error, Ident, LitBool, LitStr, Token, braced, bracketed};

mod borrow;
mod names;
mod render;
mod types;

pub(crate) use render::{Options, generate};

/// How generated types hold lists and strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Ownership {
    /// Types own their contents.
    #[default]
    Owning,
    /// Records used as parameters of exported functions borrow their
    /// strings and lists (`&'a str`, `&'a [T]`) and are lowered only. A
    /// record also used elsewhere stays owning, or, with
    /// `duplicate_if_necessary`, is defined twice: `FooParam<'a>`
    /// (borrowing) and `FooResult` (owning).
    Borrowing {
        /// Define types used both ways twice rather than owning.
        duplicate_if_necessary: bool,
    },
}

/// A parsed `bindgen!` invocation.
pub(crate) struct Config {
    world: Option<String>,
    paths: Vec<String>,
    inline: Option<String>,
    features: Vec<String>,
    all_features: bool,
    options: Options,
    span: Span,
}

fn parse_strings(input: ParseStream<'_>) -> syn::Result<Vec<String>> {
    if input.peek(syn::token::Bracket) {
        let content;
        bracketed!(content in input);
        let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        Ok(list.iter().map(LitStr::value).collect())
    } else {
        Ok(vec![input.parse::<LitStr>()?.value()])
    }
}

/// `{ "key": value, ... }` or `{ "key" => value, ... }`.
fn parse_map<T>(
    input: ParseStream<'_>,
    mut value: impl FnMut(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<Vec<(LitStr, T)>> {
    let map;
    braced!(map in input);
    let mut out = Vec::new();
    while !map.is_empty() {
        let key = map.parse::<LitStr>()?;
        if map.peek(Token![=>]) {
            map.parse::<Token![=>]>()?;
        } else {
            map.parse::<Token![:]>()?;
        }
        out.push((key, value(&map)?));
        if map.is_empty() {
            break;
        }
        map.parse::<Token![,]>()?;
    }
    Ok(out)
}

impl Parse for Config {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut config = Config {
            world: None,
            paths: Vec::new(),
            inline: None,
            features: Vec::new(),
            all_features: false,
            options: Options::default(),
            span: input.span(),
        };
        if input.is_empty() {
            return Ok(config);
        }
        if input.peek(LitStr) {
            config.world = Some(input.parse::<LitStr>()?.value());
            return Ok(config);
        }
        let content;
        braced!(content in input);
        while !content.is_empty() {
            let key: Ident = content.call(syn::ext::IdentExt::parse_any)?;
            content.parse::<Token![:]>()?;
            let opts = &mut config.options;
            match key.to_string().as_str() {
                "world" => config.world = Some(content.parse::<LitStr>()?.value()),
                "path" => config.paths.extend(parse_strings(&content)?),
                "inline" => config.inline = Some(content.parse::<LitStr>()?.value()),
                "features" => config.features.extend(parse_strings(&content)?),
                "all_features" => config.all_features = content.parse::<LitBool>()?.value,
                "ownership" => opts.ownership = parse_ownership(&content)?,
                "additional_derives" => {
                    let list;
                    bracketed!(list in content);
                    let paths = Punctuated::<syn::Path, Token![,]>::parse_terminated(&list)?;
                    opts.additional_derives.extend(paths);
                }
                "with" => {
                    opts.with
                        .extend(parse_map(&content, |m| m.parse::<syn::Path>())?);
                }
                "trappable_imports" => {
                    opts.trappable_imports = content.parse::<LitBool>()?.value;
                }
                "trappable_error_type" => {
                    opts.trappable_error_type
                        .extend(parse_map(&content, |m| m.parse::<syn::Type>())?);
                }
                other => {
                    return Err(Error::new(
                        key.span(),
                        format!(
                            "unknown option `{other}`: expected `world`, `path`, `inline`, \
                             `features`, `all_features`, `with`, `ownership`, \
                             `additional_derives`, `trappable_imports` or `trappable_error_type`"
                        ),
                    ));
                }
            }
            if content.is_empty() {
                break;
            }
            content.parse::<Token![,]>()?;
        }
        Ok(config)
    }
}

fn parse_ownership(input: ParseStream<'_>) -> syn::Result<Ownership> {
    let ident: Ident = input.parse()?;
    match ident.to_string().as_str() {
        "Owning" => Ok(Ownership::Owning),
        "Borrowing" => {
            let mut duplicate_if_necessary = false;
            if input.peek(syn::token::Brace) {
                let content;
                braced!(content in input);
                let key: Ident = content.parse()?;
                if key != "duplicate_if_necessary" {
                    return Err(Error::new(key.span(), "expected `duplicate_if_necessary`"));
                }
                content.parse::<Token![:]>()?;
                duplicate_if_necessary = content.parse::<LitBool>()?.value;
            }
            Ok(Ownership::Borrowing {
                duplicate_if_necessary,
            })
        }
        other => Err(Error::new(
            ident.span(),
            format!("unknown ownership `{other}`: expected `Owning` or `Borrowing`"),
        )),
    }
}

impl Config {
    /// Loads the WIT and renders the bindings; errors carry the WIT
    /// `file:line:col` when the WIT is at fault.
    pub(crate) fn expand(mut self) -> syn::Result<TokenStream> {
        let span = self.span;
        let err = |msg: String| Error::new(span, msg);
        let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
        if self.paths.is_empty() && self.inline.is_none() {
            self.paths.push("wit".into());
        }
        let mut loader = canon_wit::Loader::new().all_features(self.all_features);
        for feature in &self.features {
            loader = loader.feature(feature.clone());
        }
        let mut loaded: Option<canon_wit::Loaded> = None;
        let mut tracked = Vec::new();
        for path in &self.paths {
            let full = root.join(path);
            tracked.push(full.clone());
            match &mut loaded {
                None => loaded = Some(loader.load_path(&full).map_err(|e| err(e.to_string()))?),
                Some(l) => {
                    let (package, _) = l
                        .resolve
                        .push_path(&full)
                        .map_err(|e| err(format!("{}: {e:#}", full.display())))?;
                    l.package = package;
                }
            }
        }
        if let Some(inline) = &self.inline {
            match &mut loaded {
                None => {
                    loaded = Some(
                        loader
                            .load_source("inline.wit", inline)
                            .map_err(|e| err(e.to_string()))?,
                    );
                }
                Some(l) => {
                    l.package = l
                        .resolve
                        .push_str("inline.wit", inline)
                        .map_err(|e| err(format!("{e:#}")))?;
                }
            }
        }
        let Some(loaded) = loaded else {
            return Err(err("no WIT given".into()));
        };
        let world = loaded
            .select_world(self.world.as_deref())
            .map_err(|e| err(e.to_string()))?;
        let mut tokens = generate(&loaded.resolve, world, &self.options, span)?;
        // Rebuild when the WIT files change.
        for path in tracked {
            for file in wit_files(&path) {
                let file = file.display().to_string();
                tokens.extend(quote::quote!(
                    const _: &[u8] = include_bytes!(#file);
                ));
            }
        }
        Ok(tokens)
    }
}

fn wit_files(path: &std::path::Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(path) {
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                out.extend(wit_files(&p));
            } else if p.extension().is_some_and(|e| e == "wit") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
