//! `generate!`: Rust guest bindings for a WIT world, at compile time.
//!
//! ```ignore
//! canon_guest::generate!({
//!     world: "my-world",
//!     path: "wit",
//!     with: { "wasi:io/streams": generate },
//!     additional_derives: [PartialEq],
//!     stubs,
//! });
//! ```
//!
//! Paths are relative to the crate's `CARGO_MANIFEST_DIR`; the default is
//! `wit`. Every option of `canon bindgen rust` is a key here; see
//! [`canon_bindgen_rust::Options`].

use std::path::PathBuf;
use std::str::FromStr;

use canon_bindgen_rust::{Options, Ownership, WithTarget};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Error, Ident, LitBool, LitStr, Token, braced, bracketed};

/// Generates bindings for a WIT world. See the crate documentation.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let config = syn::parse_macro_input!(input as Config);
    match config.expand() {
        Ok(tokens) => tokens.into(),
        Err(err) => err.to_compile_error().into(),
    }
}

#[derive(Default)]
struct Config {
    world: Option<String>,
    paths: Vec<String>,
    inline: Option<String>,
    features: Vec<String>,
    all_features: bool,
    options: Options,
    span: Option<Span>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("world", &self.world)
            .finish()
    }
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

fn parse_flag(input: ParseStream<'_>) -> syn::Result<bool> {
    if input.peek(Token![:]) {
        input.parse::<Token![:]>()?;
        Ok(input.parse::<LitBool>()?.value)
    } else {
        Ok(true)
    }
}

impl Parse for Config {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut config = Config {
            span: Some(input.span()),
            ..Config::default()
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
            let name = key.to_string();
            let opts = &mut config.options;
            match name.as_str() {
                "stubs" => opts.stubs = parse_flag(&content)?,
                "generate_all" => opts.generate_all = parse_flag(&content)?,
                "all_features" => config.all_features = parse_flag(&content)?,
                "pub_export_macro" => opts.pub_export_macro = parse_flag(&content)?,
                "std_feature" => opts.std_feature = parse_flag(&content)?.then(|| "std".into()),
                _ => {
                    content.parse::<Token![:]>()?;
                    match name.as_str() {
                        "world" => config.world = Some(content.parse::<LitStr>()?.value()),
                        "path" => config.paths.extend(parse_strings(&content)?),
                        "inline" => config.inline = Some(content.parse::<LitStr>()?.value()),
                        "features" => config.features.extend(parse_strings(&content)?),
                        "skip" => opts.skip.extend(parse_strings(&content)?),
                        "export_macro_name" => {
                            opts.export_macro_name = Some(content.parse::<LitStr>()?.value());
                        }
                        "default_bindings_module" => {
                            opts.default_bindings_module = Some(content.parse::<LitStr>()?.value());
                        }
                        "runtime_path" => {
                            opts.runtime_path = content.parse::<LitStr>()?.value();
                        }
                        "ownership" => opts.ownership = parse_ownership(&content)?,
                        "additional_derives" => {
                            let list;
                            bracketed!(list in content);
                            let paths =
                                Punctuated::<syn::Path, Token![,]>::parse_terminated(&list)?;
                            opts.additional_derives.extend(
                                paths
                                    .iter()
                                    .map(|p| p.to_token_stream().to_string().replace(' ', "")),
                            );
                        }
                        "type_attributes" => {
                            let map;
                            braced!(map in content);
                            while !map.is_empty() {
                                let ty = map.parse::<LitStr>()?.value();
                                map.parse::<Token![:]>()?;
                                let attrs = map.call(syn::Attribute::parse_outer)?;
                                for attr in attrs {
                                    opts.type_attributes
                                        .push((ty.clone(), attr.to_token_stream().to_string()));
                                }
                                if map.is_empty() {
                                    break;
                                }
                                map.parse::<Token![,]>()?;
                            }
                        }
                        "with" => {
                            let map;
                            braced!(map in content);
                            while !map.is_empty() {
                                let from = map.parse::<LitStr>()?.value();
                                map.parse::<Token![:]>()?;
                                let target = if map.peek(Ident) && map.peek2(Token![,])
                                    || map.peek(Ident) && map.peek2(syn::parse::End)
                                {
                                    let fork = map.fork();
                                    let ident: Ident = fork.parse()?;
                                    if ident == "generate" {
                                        map.parse::<Ident>()?;
                                        WithTarget::Generate
                                    } else {
                                        let path: syn::Path = map.parse()?;
                                        WithTarget::Path(
                                            path.to_token_stream().to_string().replace(' ', ""),
                                        )
                                    }
                                } else {
                                    let path: syn::Path = map.parse()?;
                                    WithTarget::Path(
                                        path.to_token_stream().to_string().replace(' ', ""),
                                    )
                                };
                                opts.with.push((from, target));
                                if map.is_empty() {
                                    break;
                                }
                                map.parse::<Token![,]>()?;
                            }
                        }
                        _ => {
                            return Err(Error::new(key.span(), format!("unknown option `{name}`")));
                        }
                    }
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
    fn expand(mut self) -> syn::Result<TokenStream> {
        let span = self.span.unwrap_or_else(Span::call_site);
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
        self.options.format = false;
        let source = canon_bindgen_rust::generate(&loaded.resolve, world, &self.options)
            .map_err(|e| err(format!("{e:#}")))?;
        let mut tokens = TokenStream::from_str(&source).map_err(|e| err(e.to_string()))?;
        // Rebuild when the WIT files change.
        for path in tracked {
            for file in wit_files(&path) {
                let file = file.display().to_string();
                tokens.extend(TokenStream::from_str(&format!(
                    "const _: &[u8] = include_bytes!({file:?});"
                )));
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
