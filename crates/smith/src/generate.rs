//! Writing a random WIT package as source text.

use std::fmt::Write;

use arbitrary::{Result, Unstructured};

/// Size knobs of generated packages.
#[derive(Clone, Debug)]
pub struct Config {
    /// Most interfaces in the package.
    pub max_interfaces: usize,
    /// Most type definitions per interface.
    pub max_types: usize,
    /// Most functions per interface or world.
    pub max_functions: usize,
    /// Most parameters per function.
    pub max_params: usize,
    /// Most worlds in the package.
    pub max_worlds: usize,
    /// Deepest nesting of anonymous types.
    pub max_depth: usize,
    /// Most fields, cases or flags of one type.
    pub max_members: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_interfaces: 4,
            max_types: 6,
            max_functions: 5,
            max_params: 4,
            max_worlds: 2,
            max_depth: 3,
            max_members: 5,
        }
    }
}

const PRIMITIVES: &[&str] = &[
    "bool", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "f32", "f64", "char", "string",
];

/// A type name visible in the interface being written, and whether it is a
/// resource.
#[derive(Clone)]
struct Visible {
    name: String,
    resource: bool,
}

struct Gen<'a, 'u> {
    u: &'a mut Unstructured<'u>,
    config: &'a Config,
    out: String,
}

impl Gen<'_, '_> {
    fn upto(&mut self, max: usize) -> Result<usize> {
        self.u.int_in_range(0..=max)
    }

    fn ty(&mut self, visible: &[Visible], depth: usize, in_param: bool) -> Result<String> {
        let choice = if depth >= self.config.max_depth {
            self.u.int_in_range(0..=1)?
        } else {
            self.u.int_in_range(0..=7)?
        };
        Ok(match choice {
            1 if !visible.is_empty() => {
                let v = self.u.choose(visible)?.clone();
                if v.resource {
                    if in_param && self.u.arbitrary()? {
                        format!("borrow<{}>", v.name)
                    } else {
                        v.name
                    }
                } else {
                    v.name
                }
            }
            2 => format!("list<{}>", self.ty(visible, depth + 1, in_param)?),
            3 => format!("option<{}>", self.ty(visible, depth + 1, in_param)?),
            4 => {
                let ok = self.ty(visible, depth + 1, in_param)?;
                let err = self.ty(visible, depth + 1, in_param)?;
                match self.u.int_in_range(0..=3)? {
                    0 => "result".to_string(),
                    1 => format!("result<{ok}>"),
                    2 => format!("result<_, {err}>"),
                    _ => format!("result<{ok}, {err}>"),
                }
            }
            5 => {
                let n = self.u.int_in_range(1..=self.config.max_members.max(1))?;
                let mut parts = Vec::new();
                for _ in 0..n {
                    parts.push(self.ty(visible, depth + 1, in_param)?);
                }
                format!("tuple<{}>", parts.join(", "))
            }
            _ => self.u.choose(PRIMITIVES)?.to_string(),
        })
    }

    fn members(&mut self, prefix: &str) -> Result<Vec<String>> {
        let n = self.u.int_in_range(1..=self.config.max_members.max(1))?;
        Ok((0..n).map(|i| format!("{prefix}{i}")).collect())
    }

    fn params(&mut self, visible: &[Visible]) -> Result<String> {
        let n = self.upto(self.config.max_params)?;
        let mut params = Vec::new();
        for i in 0..n {
            params.push(format!("p{i}: {}", self.ty(visible, 0, true)?));
        }
        Ok(params.join(", "))
    }

    fn func(&mut self, visible: &[Visible]) -> Result<String> {
        let params = self.params(visible)?;
        let result = if self.u.arbitrary()? {
            format!(" -> {}", self.ty(visible, 0, false)?)
        } else {
            String::new()
        };
        Ok(format!("func({params}){result}"))
    }

    /// One interface; returns the types it defines, for later `use`.
    fn interface(
        &mut self,
        index: usize,
        earlier: &[(String, Vec<Visible>)],
    ) -> Result<Vec<Visible>> {
        let name = format!("i{index}");
        let _ = writeln!(self.out, "interface {name} {{");
        let mut visible = Vec::new();
        let mut own = Vec::new();
        // `use` from an earlier interface.
        if !earlier.is_empty() && self.u.arbitrary()? {
            let (from, types) = self.u.choose(earlier)?.clone();
            if !types.is_empty() {
                let t = self.u.choose(&types)?.clone();
                let _ = writeln!(self.out, "  use {from}.{{{}}};", t.name);
                visible.push(t);
            }
        }
        let types = self.upto(self.config.max_types)?;
        for t in 0..types {
            let tname = format!("t{index}x{t}");
            match self.u.int_in_range(0..=5)? {
                0 => {
                    let fields = self.members("f")?;
                    let _ = writeln!(self.out, "  record {tname} {{");
                    for field in fields {
                        let ty = self.ty(&visible, 1, false)?;
                        let _ = writeln!(self.out, "    {field}: {ty},");
                    }
                    self.out.push_str("  }\n");
                }
                1 => {
                    let cases = self.members("c")?;
                    let _ = writeln!(self.out, "  variant {tname} {{");
                    for case in cases {
                        if self.u.arbitrary()? {
                            let ty = self.ty(&visible, 1, false)?;
                            let _ = writeln!(self.out, "    {case}({ty}),");
                        } else {
                            let _ = writeln!(self.out, "    {case},");
                        }
                    }
                    self.out.push_str("  }\n");
                }
                2 => {
                    let cases = self.members("e")?;
                    let _ = writeln!(self.out, "  enum {tname} {{ {} }}", cases.join(", "));
                }
                3 => {
                    let flags = self.members("g")?;
                    let _ = writeln!(self.out, "  flags {tname} {{ {} }}", flags.join(", "));
                }
                4 => {
                    let mut me = visible.clone();
                    me.push(Visible {
                        name: tname.clone(),
                        resource: true,
                    });
                    let _ = writeln!(self.out, "  resource {tname} {{");
                    if self.u.arbitrary()? {
                        // A constructor taking its own resource could
                        // never be called first: it sees only the others.
                        let params = self.params(&visible)?;
                        let _ = writeln!(self.out, "    constructor({params});");
                    }
                    let methods = self.upto(2)?;
                    for m in 0..methods {
                        let f = self.func(&me)?;
                        if self.u.arbitrary()? {
                            let _ = writeln!(self.out, "    m{m}: {f};");
                        } else {
                            let _ = writeln!(self.out, "    m{m}: static {f};");
                        }
                    }
                    self.out.push_str("  }\n");
                    visible.push(Visible {
                        name: tname.clone(),
                        resource: true,
                    });
                    own.push(Visible {
                        name: tname,
                        resource: true,
                    });
                    continue;
                }
                _ => {
                    let ty = self.ty(&visible, 0, false)?;
                    let _ = writeln!(self.out, "  type {tname} = {ty};");
                }
            }
            let v = Visible {
                name: tname,
                resource: false,
            };
            visible.push(v.clone());
            own.push(v);
        }
        let funcs = self.upto(self.config.max_functions)?;
        for f in 0..funcs {
            let func = self.func(&visible)?;
            let _ = writeln!(self.out, "  f{f}: {func};");
        }
        self.out.push_str("}\n\n");
        Ok(own)
    }

    fn world(&mut self, index: usize, interfaces: usize) -> Result<()> {
        let _ = writeln!(self.out, "world w{index} {{");
        for i in 0..interfaces {
            match self.u.int_in_range(0..=3)? {
                0 => {
                    let _ = writeln!(self.out, "  import i{i};");
                }
                1 => {
                    let _ = writeln!(self.out, "  export i{i};");
                }
                2 => {
                    let _ = writeln!(self.out, "  import i{i};\n  export i{i};");
                }
                _ => {}
            }
        }
        let funcs = self.upto(self.config.max_functions)?;
        for f in 0..funcs {
            let func = self.func(&[])?;
            let direction = if self.u.arbitrary()? {
                "import"
            } else {
                "export"
            };
            let _ = writeln!(self.out, "  {direction} wf{f}: {func};");
        }
        self.out.push_str("}\n\n");
        Ok(())
    }
}

/// Writes a random WIT package. It may be invalid: parse it to find out.
pub fn generate(u: &mut Unstructured<'_>, config: &Config) -> Result<String> {
    let mut g = Gen {
        u,
        config,
        out: String::from("package fuzz:pkg;\n\n"),
    };
    let interfaces = g.upto(config.max_interfaces)?;
    let mut earlier = Vec::new();
    for i in 0..interfaces {
        let own = g.interface(i, &earlier)?;
        earlier.push((format!("i{i}"), own));
    }
    let worlds = g.upto(config.max_worlds)?;
    for w in 0..worlds {
        g.world(w, interfaces)?;
    }
    Ok(g.out)
}
