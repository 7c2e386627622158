pub type User = test::kitchen_sink::types::User;
#[derive(::canon_host::ComponentType, Clone, Debug)]
pub struct Settings {
    pub verbose: bool,
    pub max_tasks: u32,
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod kitchen_sink {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod tracker {
                pub type Timestamp = super::super::super::super::test::kitchen_sink::types::Timestamp;
                pub type Priority = super::super::super::super::test::kitchen_sink::types::Priority;
                pub type User = super::super::super::super::test::kitchen_sink::types::User;
                pub type Evt = super::super::super::super::test::kitchen_sink::types::Event;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Task {
                    pub title: ::std::string::String,
                    pub owner: ::core::option::Option<User>,
                    pub due: ::core::option::Option<Timestamp>,
                    pub priority: Priority,
                    pub subtasks: ::std::vec::Vec<::std::string::String>,
                    pub type_: (u8, char),
                }
                /// The guest-defined resource `board`, held by the host as a handle.
                pub type Board = ::canon_host::ResourceAny;
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct Snapshot {
                    pub board: ::canon_host::ResourceAny,
                    pub taken_at: Timestamp,
                }
                /// The functions of the exported interface `test:kitchen-sink/tracker`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    handle: ::canon_host::TypedFunc<(Evt,), Evt>,
                    stats: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        (u32, f64, bool),
                    >,
                    take_snapshot: ::canon_host::TypedFunc<(Snapshot,), Snapshot>,
                    bulk: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<Task>,
                            ::std::vec::Vec<Priority>,
                            ::std::vec::Vec<User>,
                        ),
                        ::core::result::Result<
                            ::std::vec::Vec<u32>,
                            (u32, ::std::string::String),
                        >,
                    >,
                    wide: ::canon_host::TypedFunc<
                        (
                            u8,
                            i16,
                            u32,
                            i64,
                            f32,
                            f64,
                            char,
                            bool,
                            ::std::string::String,
                            ::std::vec::Vec<u16>,
                            ::core::option::Option<u8>,
                            ::core::result::Result<u8, ()>,
                            (u8, u8),
                            Priority,
                        ),
                        ::std::string::String,
                    >,
                    board_constructor: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::canon_host::ResourceAny,
                    >,
                    board_method_add: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, Task),
                        u32,
                    >,
                    board_method_get: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, u32),
                        ::core::option::Option<Task>,
                    >,
                    board_method_remove: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, u32),
                        ::core::result::Result<Task, ::std::string::String>,
                    >,
                    board_method_all: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::std::vec::Vec<(u32, Task)>,
                    >,
                    board_static_merge: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        ::canon_host::ResourceAny,
                    >,
                    board_method_copy_from: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        u32,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:kitchen-sink/tracker")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:kitchen-sink/tracker`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            handle: exports
                                .get_func("handle")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `handle`"
                                        .into(),
                                ))?
                                .typed::<(Evt,), Evt>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `handle`",
                                        e
                                    ),
                                ))?,
                            stats: exports
                                .get_func("stats")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `stats`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), (u32, f64, bool)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `stats`",
                                        e
                                    ),
                                ))?,
                            take_snapshot: exports
                                .get_func("take-snapshot")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `take-snapshot`"
                                        .into(),
                                ))?
                                .typed::<(Snapshot,), Snapshot>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `take-snapshot`",
                                        e
                                    ),
                                ))?,
                            bulk: exports
                                .get_func("bulk")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `bulk`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<Task>,
                                        ::std::vec::Vec<Priority>,
                                        ::std::vec::Vec<User>,
                                    ),
                                    ::core::result::Result<
                                        ::std::vec::Vec<u32>,
                                        (u32, ::std::string::String),
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `bulk`",
                                        e
                                    ),
                                ))?,
                            wide: exports
                                .get_func("wide")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `wide`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        u8,
                                        i16,
                                        u32,
                                        i64,
                                        f32,
                                        f64,
                                        char,
                                        bool,
                                        ::std::string::String,
                                        ::std::vec::Vec<u16>,
                                        ::core::option::Option<u8>,
                                        ::core::result::Result<u8, ()>,
                                        (u8, u8),
                                        Priority,
                                    ),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `wide`",
                                        e
                                    ),
                                ))?,
                            board_constructor: exports
                                .get_func("[constructor]board")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[constructor]board`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[constructor]board`",
                                        e
                                    ),
                                ))?,
                            board_method_add: exports
                                .get_func("[method]board.add")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[method]board.add`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny, Task), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[method]board.add`",
                                        e
                                    ),
                                ))?,
                            board_method_get: exports
                                .get_func("[method]board.get")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[method]board.get`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, u32),
                                    ::core::option::Option<Task>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[method]board.get`",
                                        e
                                    ),
                                ))?,
                            board_method_remove: exports
                                .get_func("[method]board.remove")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[method]board.remove`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, u32),
                                    ::core::result::Result<Task, ::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[method]board.remove`",
                                        e
                                    ),
                                ))?,
                            board_method_all: exports
                                .get_func("[method]board.all")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[method]board.all`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::std::vec::Vec<(u32, Task)>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[method]board.all`",
                                        e
                                    ),
                                ))?,
                            board_static_merge: exports
                                .get_func("[static]board.merge")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[static]board.merge`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[static]board.merge`",
                                        e
                                    ),
                                ))?,
                            board_method_copy_from: exports
                                .get_func("[method]board.copy-from")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:kitchen-sink/tracker` has no function `[method]board.copy-from`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:kitchen-sink/tracker`, function `[method]board.copy-from`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_handle<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        e: Evt,
                    ) -> ::canon_host::Result<Evt> {
                        self.handle.call(store, (e,))
                    }
                    pub fn call_stats<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<(u32, f64, bool)> {
                        self.stats.call(store, (b,))
                    }
                    pub fn call_take_snapshot<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: Snapshot,
                    ) -> ::canon_host::Result<Snapshot> {
                        self.take_snapshot.call(store, (s,))
                    }
                    pub fn call_bulk<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ts: ::std::vec::Vec<Task>,
                        ps: ::std::vec::Vec<Priority>,
                        us: ::std::vec::Vec<User>,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::std::vec::Vec<u32>,
                            (u32, ::std::string::String),
                        >,
                    > {
                        self.bulk.call(store, (ts, ps, us))
                    }
                    pub fn call_wide<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: u8,
                        b: i16,
                        c: u32,
                        d: i64,
                        e: f32,
                        f: f64,
                        g: char,
                        h: bool,
                        i: ::std::string::String,
                        j: ::std::vec::Vec<u16>,
                        k: ::core::option::Option<u8>,
                        l: ::core::result::Result<u8, ()>,
                        m: (u8, u8),
                        n: Priority,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.wide.call(store, (a, b, c, d, e, f, g, h, i, j, k, l, m, n))
                    }
                    pub fn call_board_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        name: ::std::string::String,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.board_constructor.call(store, (name,))
                    }
                    pub fn call_board_method_add<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        t: Task,
                    ) -> ::canon_host::Result<u32> {
                        self.board_method_add.call(store, (self_, t))
                    }
                    pub fn call_board_method_get<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        id: u32,
                    ) -> ::canon_host::Result<::core::option::Option<Task>> {
                        self.board_method_get.call(store, (self_, id))
                    }
                    pub fn call_board_method_remove<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        id: u32,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<Task, ::std::string::String>,
                    > {
                        self.board_method_remove.call(store, (self_, id))
                    }
                    pub fn call_board_method_all<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::std::vec::Vec<(u32, Task)>> {
                        self.board_method_all.call(store, (self_,))
                    }
                    pub fn call_board_static_merge<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::canon_host::ResourceAny,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.board_static_merge.call(store, (a, b))
                    }
                    pub fn call_board_method_copy_from<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        other: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.board_method_copy_from.call(store, (self_, other))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod types {
                pub type Timestamp = u64;
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Priority {
                    Low,
                    Normal,
                    High,
                }
                ::canon_host::flags! {
                    pub Perms { const READ; const WRITE; const ADMIN; }
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct User {
                    pub id: u64,
                    pub name: ::std::string::String,
                    pub perms: Perms,
                    pub avatar: ::core::option::Option<::std::vec::Vec<u8>>,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Event {
                    Login(User),
                    Logout(u64),
                    Tick(Timestamp),
                    Measure(f32),
                    Shutdown,
                }
                /// The functions of the exported interface `test:kitchen-sink/types`.
                #[derive(Clone, Debug)]
                pub struct Guest {}
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:kitchen-sink/types")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:kitchen-sink/types`"
                                    .into(),
                            ))?;
                        Ok(Guest {})
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod kitchen_sink {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod tracker {
            pub type Timestamp = super::super::super::test::kitchen_sink::types::Timestamp;
            pub type Priority = super::super::super::test::kitchen_sink::types::Priority;
            pub type User = super::super::super::test::kitchen_sink::types::User;
            pub type Evt = super::super::super::test::kitchen_sink::types::Event;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Task {
                pub title: ::std::string::String,
                pub owner: ::core::option::Option<User>,
                pub due: ::core::option::Option<Timestamp>,
                pub priority: Priority,
                pub subtasks: ::std::vec::Vec<::std::string::String>,
                pub type_: (u8, char),
            }
            /// The host-defined resource `board`: its handles are `Resource<Board>`.
            pub enum Board {}
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct Snapshot {
                pub board: ::canon_host::Resource<Board>,
                pub taken_at: Timestamp,
            }
            /// The host's implementation of the resource `board`.
            pub trait HostBoard {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Board>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    name: ::std::string::String,
                ) -> ::canon_host::Resource<Board>;
                fn add(&mut self, self_: ::canon_host::Resource<Board>, t: Task) -> u32;
                fn get(
                    &mut self,
                    self_: ::canon_host::Resource<Board>,
                    id: u32,
                ) -> ::core::option::Option<Task>;
                fn remove(
                    &mut self,
                    self_: ::canon_host::Resource<Board>,
                    id: u32,
                ) -> ::core::result::Result<Task, ::std::string::String>;
                fn all(
                    &mut self,
                    self_: ::canon_host::Resource<Board>,
                ) -> ::std::vec::Vec<(u32, Task)>;
                fn merge(
                    &mut self,
                    a: ::canon_host::Resource<Board>,
                    b: ::canon_host::Resource<Board>,
                ) -> ::canon_host::Resource<Board>;
                fn copy_from(
                    &mut self,
                    self_: ::canon_host::Resource<Board>,
                    other: ::canon_host::Resource<Board>,
                ) -> u32;
            }
            /// A small task tracker built on the shared types.
            pub trait Host: HostBoard {
                fn handle(&mut self, e: Evt) -> Evt;
                fn stats(
                    &mut self,
                    b: ::canon_host::Resource<Board>,
                ) -> (u32, f64, bool);
                fn take_snapshot(&mut self, s: Snapshot) -> Snapshot;
                fn bulk(
                    &mut self,
                    ts: ::std::vec::Vec<Task>,
                    ps: ::std::vec::Vec<Priority>,
                    us: ::std::vec::Vec<User>,
                ) -> ::core::result::Result<
                    ::std::vec::Vec<u32>,
                    (u32, ::std::string::String),
                >;
                fn wide(
                    &mut self,
                    a: u8,
                    b: i16,
                    c: u32,
                    d: i64,
                    e: f32,
                    f: f64,
                    g: char,
                    h: bool,
                    i: ::std::string::String,
                    j: ::std::vec::Vec<u16>,
                    k: ::core::option::Option<u8>,
                    l: ::core::result::Result<u8, ()>,
                    m: (u8, u8),
                    n: Priority,
                ) -> ::std::string::String;
            }
            /// Defines the functions of `test:kitchen-sink/tracker` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:kitchen-sink/tracker")?;
                inst.resource(
                    "board",
                    ::canon_host::ResourceType::host::<Board>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostBoard::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "handle",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (e,): (Evt,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::handle(host, e))
                    },
                )?;
                inst.func_wrap(
                    "stats",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (b,): (::canon_host::Resource<Board>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::stats(host, b))
                    },
                )?;
                inst.func_wrap(
                    "take-snapshot",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (Snapshot,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::take_snapshot(host, s))
                    },
                )?;
                inst.func_wrap(
                    "bulk",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            ts,
                            ps,
                            us,
                        ): (
                            ::std::vec::Vec<Task>,
                            ::std::vec::Vec<Priority>,
                            ::std::vec::Vec<User>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::bulk(host, ts, ps, us))
                    },
                )?;
                inst.func_wrap(
                    "wide",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                            c,
                            d,
                            e,
                            f,
                            g,
                            h,
                            i,
                            j,
                            k,
                            l,
                            m,
                            n,
                        ): (
                            u8,
                            i16,
                            u32,
                            i64,
                            f32,
                            f64,
                            char,
                            bool,
                            ::std::string::String,
                            ::std::vec::Vec<u16>,
                            ::core::option::Option<u8>,
                            ::core::result::Result<u8, ()>,
                            (u8, u8),
                            Priority,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::wide(host, a, b, c, d, e, f, g, h, i, j, k, l, m, n))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]board",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (name,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::new(host, name))
                    },
                )?;
                inst.func_wrap(
                    "[method]board.add",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_, t): (::canon_host::Resource<Board>, Task)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::add(host, self_, t))
                    },
                )?;
                inst.func_wrap(
                    "[method]board.get",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_, id): (::canon_host::Resource<Board>, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::get(host, self_, id))
                    },
                )?;
                inst.func_wrap(
                    "[method]board.remove",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_, id): (::canon_host::Resource<Board>, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::remove(host, self_, id))
                    },
                )?;
                inst.func_wrap(
                    "[method]board.all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Board>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::all(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[static]board.merge",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                        ): (
                            ::canon_host::Resource<Board>,
                            ::canon_host::Resource<Board>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::merge(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "[method]board.copy-from",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            other,
                        ): (
                            ::canon_host::Resource<Board>,
                            ::canon_host::Resource<Board>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBoard::copy_from(host, self_, other))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod types {
            pub type Timestamp = u64;
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Priority {
                Low,
                Normal,
                High,
            }
            ::canon_host::flags! {
                pub Perms { const READ; const WRITE; const ADMIN; }
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct User {
                pub id: u64,
                pub name: ::std::string::String,
                pub perms: Perms,
                pub avatar: ::core::option::Option<::std::vec::Vec<u8>>,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Event {
                Login(User),
                Logout(u64),
                Tick(Timestamp),
                Measure(f32),
                Shutdown,
            }
            /// Shared vocabulary.
            pub trait Host {}
            /// Defines the functions of `test:kitchen-sink/types` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:kitchen-sink/types")?;
                Ok(())
            }
        }
    }
}
/// The functions the world `kitchen-sink` imports directly, implemented by the host.
pub trait KitchenSinkImports {
    fn now(&mut self) -> u64;
    fn whoami(&mut self) -> User;
}
/// An instance of the world `kitchen-sink`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct KitchenSink {
    instance: ::canon_host::Instance,
    test_kitchen_sink_types: exports::test::kitchen_sink::types::Guest,
    test_kitchen_sink_tracker: exports::test::kitchen_sink::tracker::Guest,
    configure: ::canon_host::TypedFunc<
        (Settings,),
        ::core::result::Result<Settings, ::std::string::String>,
    >,
    default: ::canon_host::TypedFunc<(), Settings>,
}
impl KitchenSink {
    /// Instantiates `component` with `linker` and checks its exports.
    pub fn instantiate<T: Send + 'static>(
        store: &mut ::canon_host::Store<T>,
        component: &::canon_host::Component,
        linker: &::canon_host::Linker<T>,
    ) -> ::canon_host::Result<Self> {
        let instance = linker.instantiate(store, component)?;
        Self::new(&instance)
    }
    /// The world's exports of an instance, with their types checked.
    pub fn new(instance: &::canon_host::Instance) -> ::canon_host::Result<Self> {
        #[allow(unused_variables)]
        let exports = instance;
        Ok(Self {
            instance: instance.clone(),
            test_kitchen_sink_types: exports::test::kitchen_sink::types::Guest::new(
                instance,
            )?,
            test_kitchen_sink_tracker: exports::test::kitchen_sink::tracker::Guest::new(
                instance,
            )?,
            configure: exports
                .get_func("configure")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `configure`".into(),
                ))?
                .typed::<
                    (Settings,),
                    ::core::result::Result<Settings, ::std::string::String>,
                >()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `configure`", e),
                ))?,
            default: exports
                .get_func("default")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `default`".into(),
                ))?
                .typed::<(), Settings>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `default`", e),
                ))?,
        })
    }
    /// The component instance.
    pub fn instance(&self) -> &::canon_host::Instance {
        &self.instance
    }
    /// Defines everything the world imports in `linker`, implemented by the host that `get` finds in the store's data.
    pub fn add_to_linker<T, U>(
        linker: &mut ::canon_host::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::canon_host::Result<()>
    where
        T: Send + 'static,
        U: test::kitchen_sink::types::Host + test::kitchen_sink::tracker::Host
            + KitchenSinkImports + 'static,
    {
        test::kitchen_sink::types::add_to_linker(linker, get)?;
        test::kitchen_sink::tracker::add_to_linker(linker, get)?;
        {
            let mut inst = linker.root();
            inst.func_wrap(
                "now",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                    let host = get(cx.data_mut());
                    Ok(KitchenSinkImports::now(host))
                },
            )?;
            inst.func_wrap(
                "whoami",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                    let host = get(cx.data_mut());
                    Ok(KitchenSinkImports::whoami(host))
                },
            )?;
        }
        Ok(())
    }
    /// The exported interface `test:kitchen-sink/types`.
    pub fn test_kitchen_sink_types(&self) -> &exports::test::kitchen_sink::types::Guest {
        &self.test_kitchen_sink_types
    }
    /// The exported interface `test:kitchen-sink/tracker`.
    pub fn test_kitchen_sink_tracker(
        &self,
    ) -> &exports::test::kitchen_sink::tracker::Guest {
        &self.test_kitchen_sink_tracker
    }
    pub fn call_configure<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        s: Settings,
    ) -> ::canon_host::Result<::core::result::Result<Settings, ::std::string::String>> {
        self.configure.call(store, (s,))
    }
    pub fn call_default<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<Settings> {
        self.default.call(store, ())
    }
}
