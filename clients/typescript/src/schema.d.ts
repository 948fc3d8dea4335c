/**
 * Generated from the Yijianshi API's OpenAPI document by openapi-typescript (npm run client:generate).
 * Do not edit: regenerate instead.
 */

export interface paths {
    "/.well-known/yijianshi-certificate-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 凭证签名公钥 / the public keys certificates are signed with (JWKS)
         * @description Ed25519 keys (EdDSA) by key id; a retired key stays listed, so what it signed stays verifiable.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                /** @enum {string} */
                                alg: "EdDSA";
                                /** @enum {string} */
                                crv: "Ed25519";
                                kid: string;
                                /** @enum {string} */
                                kty: "OKP";
                                /** @enum {string} */
                                use: "sig";
                                x: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号 / accounts with their roles (administrators) */
        get: {
            parameters: {
                query?: {
                    kind?: "person" | "service";
                    /** @description 机构代码 / organisation code */
                    organisation?: string;
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    /** @description 代码、登录名或名称包含 / code, login or name contains */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @description 服务账号是否已有密钥 / whether a service account has a secret */
                                hasSecret: boolean;
                                /** @enum {string} */
                                kind: "person" | "service";
                                login: string;
                                memberships: {
                                    organisation: string;
                                    roles: ("unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief")[];
                                }[];
                                name: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{login}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 新增或修改账号及其角色 / create or change an account and its roles (administrators)
         * @description The memberships given replace the account’s; tokens already issued keep their claims until they expire, but an account set `active: false` is refused at once (by other API replicas within 30 s).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 登录名 / login */
                    login: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        kind: "person" | "service";
                        memberships: {
                            /** @description 机构代码 / organisation code */
                            organisation: string;
                            roles: ("unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief")[];
                        }[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description 服务账号是否已有密钥 / whether a service account has a secret */
                            hasSecret: boolean;
                            /** @enum {string} */
                            kind: "person" | "service";
                            login: string;
                            memberships: {
                                organisation: string;
                                roles: ("unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief")[];
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{login}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签发服务账号密钥 / issue a new client secret for a service account, shown this once (administrators)
         * @description The previous secret stops working at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 登录名 / login */
                    login: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            clientSecret: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/local-sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本地演示账号 / the seeded people one may sign in as (local default only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                login: string;
                                memberships: {
                                    /**
                                     * @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维
                                     * @enum {string}
                                     */
                                    kind: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                                    /** @description 机构代码 / organisation code */
                                    organisation: string;
                                    organisationName: string;
                                    roles: ("unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief")[];
                                }[];
                                /** @description 显示名 / display name */
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 本地登录 / a bearer token for a seeded person (local default only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 登录名 / login */
                        login: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description 有效秒数 / seconds the token is valid */
                            expires_in: number;
                            /** @enum {string} */
                            token_type: "Bearer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 服务账号取令牌 / a bearer token for a service account (client credentials) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 服务账号 / the service account login */
                        client_id: string;
                        /** @description 服务账号密钥 / its secret */
                        client_secret: string;
                        /** @enum {string} */
                        grant_type: "client_credentials";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description 有效秒数 / seconds the token is valid */
                            expires_in: number;
                            /** @enum {string} */
                            token_type: "Bearer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度节假日安排 / a year's holiday arrangement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 年份 / year */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 放假日期 / dates off */
                            holidays: string[];
                            /**
                             * Format: date-time
                             * @description 载入时间 / loaded at
                             */
                            loadedAt: string;
                            /** @description 载入人 / loaded by */
                            loadedBy: string;
                            /** @description 调休上班日期 / weekend dates that are working days */
                            makeupWorkdays: string[];
                            /** @description 依据的通知 / the notice the dates come from */
                            source: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 缺少或无效的访问令牌 / no valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /**
         * 载入或更正年度节假日安排 / load or correct a year's holiday arrangement (administrators)
         * @description Replaces the whole year; every change is kept in the audit with what it replaced. Deadlines already set are not moved. Every date must lie in the year of the path, appear once, and a make-up working day fall on a weekend and not be a holiday too: 400 names each date that does not.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 年份 / year */
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 放假日期 (含假期内的周末)，YYYY-MM-DD / dates off, weekends inside a holiday included */
                        holidays: string[];
                        /** @description 调休上班日期 (周末上班)，YYYY-MM-DD / weekend dates that are working days */
                        makeupWorkdays: string[];
                        /** @description 依据的通知，如文号 / the notice, e.g. its number */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 放假日期 / dates off */
                            holidays: string[];
                            /**
                             * Format: date-time
                             * @description 载入时间 / loaded at
                             */
                            loadedAt: string;
                            /** @description 载入人 / loaded by */
                            loadedBy: string;
                            /** @description 调休上班日期 / weekend dates that are working days */
                            makeupWorkdays: string[];
                            /** @description 依据的通知 / the notice the dates come from */
                            source: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日安排变更记录 / every load and change of a year's arrangement, newest first (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 年份 / year */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 变更后 / the arrangement loaded */
                                after: {
                                    holidays: string[];
                                    makeupWorkdays: string[];
                                    source: string | null;
                                };
                                /** @description 变更前，首次载入为空 / the arrangement it replaced; null for the first load */
                                before: {
                                    holidays: string[];
                                    makeupWorkdays: string[];
                                    source: string | null;
                                } | null;
                                /** Format: date-time */
                                changedAt: string;
                                /** @description 操作人，system:seed 为随程序预置 / who loaded it; system:seed for the years shipped with the code */
                                changedBy: string;
                                id: number;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推算工作日 / the Nth working day after a date
         * @description The Nth working day strictly after `from`: a matter submitted on `from` with an N-day limit is due at the close of office on that date. 422 when the count reaches a year that is not loaded.
         */
        get: {
            parameters: {
                query: {
                    days: number;
                    /** @description 起算日期，2000–2099 年 / the day counting starts after (Asia/Shanghai), in 2000–2099 */
                    from: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 缺少或无效的访问令牌 / no valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                            /** @description 须载入的年份 / the year to load */
                            year: number;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日历监测 / which years are loaded and which upcoming ones are missing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 已载入的年份 / years loaded */
                            loadedYears: number[];
                            /** @description 本年 (11 月 1 日起含下一年) 中尚未载入的年份；非空即须告警 / the current year, and from 1 November the next, that are not loaded: raise an alert when not empty */
                            missingUpcomingYears: number[];
                        };
                    };
                };
                /** @description 缺少或无效的访问令牌 / no valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/definitions/{kind}/bpmn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * BPMN 2.0 导出 / the blank flowchart as BPMN 2.0 XML
         * @description Not executable (the matter runs on Temporal); with BPMN DI, so Camunda Modeler or bpmn.io opens it drawn.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项 / matter kind */
                    kind: "hire" | "transfer" | "post-change";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description BPMN 2.0 XML（含 BPMN DI 图形）/ BPMN 2.0 with its diagram */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/definitions/{kind}/flow.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 空白流程图 / the blank flowchart of a kind of matter
         * @description Every path a matter of the kind may take, none reached; dashed where only some matters go (countersignature, a second competent department).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项 / matter kind */
                    kind: "hire" | "transfer" | "post-change";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SVG 流程图 / the flowchart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实时事件流 / server-sent events of what the caller may see, resumable with Last-Event-ID
         * @description Resumes after `Last-Event-ID` within the last 24 h and 1000 events; at most 5 streams per login on one server (429 beyond); a stream ends after 60 min, to be reopened with the current token.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 断线重连时上次收到的事件编号，从其后续传 / the last event id received: the stream resumes after it */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream. Each event: `id:` (its place in the stream), `event:` and one line of JSON `data:` — `matter` {id, kind, status, stage, version, updatedAt} for matters the caller may see; `certificate` {matterId, kind, issuedAt} when a certificate of such a matter is issued (download it from the matter’s certificates); `task` {taskId, matterId, step, organisation, change: opened|closed|claimed|released} for the caller’s organisations and roles; `notification` {id, kind, matterId, title, createdAt} for notifications addressed to the caller; `reset` {reason: too-old|too-many|fell-behind}: refetch what is shown, then carry on (after fell-behind the server disconnects). A block with only `id:` moves the cursor; `: keepalive` comments come every 15 s; `retry:` says how soon to reconnect. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            /** @description 一行 JSON / one line of JSON */
                            data?: string;
                            /** @enum {string} */
                            event?: "matter" | "certificate" | "task" | "notification" | "reset";
                            /** @description 事件编号，重连时作 Last-Event-ID / the event id, sent back as Last-Event-ID on reconnect */
                            id?: string;
                            /** @description 重连等待毫秒数 / milliseconds to wait before reconnecting */
                            retry?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/event-stream": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/event-stream": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/event-stream": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/event-stream": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传要件文件 / upload a material’s file
         * @description multipart/form-data with one part `file`: PDF, JPEG or PNG, judged from the content (not the name), at most 20 MB. Answers the id a form names it by, with the SHA-256 and size the server computed. 415 for another type, 413 for a larger file. A file no form uses is removed a day after its upload.
         */
        post: {
            parameters: {
                query?: {
                    /** @description 为哪个单位上传（经办人属多个单位时必填） / the unit the file is for (required when the clerk acts for several) */
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 上传时间 / uploaded at
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description 文件编号，申请表中以此引用 / the id a form references the file by
                             */
                            id: string;
                            /**
                             * @description 文件类型（按内容判定） / file type, judged from the content
                             * @enum {string}
                             */
                            kind: "pdf" | "jpeg" | "png";
                            /**
                             * @description 媒体类型 / media type
                             * @enum {string}
                             */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** @description 上传时的文件名 / the file name given at upload */
                            name: string;
                            /** @description 服务器计算的 SHA-256 / SHA-256 the server computed */
                            sha256: string;
                            /** @description 字节数 / bytes */
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 要件文件的信息 / what an uploaded material is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 文件编号 / material id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 上传时间 / uploaded at
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description 文件编号，申请表中以此引用 / the id a form references the file by
                             */
                            id: string;
                            /**
                             * @description 文件类型（按内容判定） / file type, judged from the content
                             * @enum {string}
                             */
                            kind: "pdf" | "jpeg" | "png";
                            /**
                             * @description 媒体类型 / media type
                             * @enum {string}
                             */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** @description 上传时的文件名 / the file name given at upload */
                            name: string;
                            /** @description 服务器计算的 SHA-256 / SHA-256 the server computed */
                            sha256: string;
                            /** @description 字节数 / bytes */
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载要件文件（记入审计） / download a material’s file (recorded in the audit trail) */
        get: {
            parameters: {
                query?: {
                    /** @description inline：在浏览器中预览 / inline: for a preview in the browser */
                    disposition?: "attachment" | "inline";
                };
                header?: never;
                path: {
                    /** @description 文件编号 / material id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件内容（按判定的类型） / the bytes, as their judged type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/jpeg": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/png": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/jpeg": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/png": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/jpeg": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/png": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/jpeg": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/png": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/jpeg": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/png": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 事项列表 / list the matters the caller may see
         * @description A unit's and a competent department's own matters; a hall's, division's, department's or supervisor's whole region.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 提交日期起 (含) / submitted on or after, Asia/Shanghai */
                    from?: string;
                    /** @description 事项 / matter kind */
                    kind?: "hire" | "transfer" | "post-change";
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    region?: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                    /** @description 办理状态 / matter status */
                    status?: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                    /** @description 提交日期止 (含) / submitted on or before, Asia/Shanghai */
                    to?: string;
                    /** @description 统一社会信用代码 / unified social credit code */
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description 政务大厅受理时间 / when the hall accepted the matter
                                 */
                                acceptedAt?: string;
                                applicationNo: string;
                                /** Format: date-time */
                                completedAt?: string;
                                decisions: {
                                    actor?: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                    problems?: {
                                        /** @description 出问题的字段 / the field concerned */
                                        field?: string;
                                        /** @description 问题说明 / what is wrong */
                                        message: string;
                                    }[];
                                    reason?: string;
                                    /** @description 审核环节 / review step */
                                    step: string;
                                }[];
                                departments: {
                                    /**
                                     * @description 经办部门 / handling department
                                     * @enum {string}
                                     */
                                    code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                    name: string;
                                    /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                    outage?: boolean;
                                    reason?: string;
                                    /** @description 部门登记号 / the department’s registration number */
                                    receipt?: string;
                                    /** @enum {string} */
                                    status: "pending" | "handling" | "done" | "failed" | "revoked";
                                }[];
                                /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                                formBy?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                formVersion: number;
                                id: string;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                /** @description 办结、不予通过或撤回的说明 / closing reason */
                                outcome?: string;
                                /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                                parties: string[];
                                /** @description 待补正的问题 / open correction requests */
                                problems: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                                refusedMessages: {
                                    actor?: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    message: "decision" | "withdrawal" | "correction";
                                    reason: string;
                                    /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                    seq?: number;
                                    step?: string;
                                }[];
                                region: string;
                                sla: {
                                    cards: {
                                        /** Format: date-time */
                                        at: string;
                                        /**
                                         * @description 黄牌预警 / 红牌超时
                                         * @enum {string}
                                         */
                                        card: "yellow" | "red";
                                        /** Format: date-time */
                                        due: string;
                                        /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                        notified: string[];
                                        /** @enum {string} */
                                        scope: "matter" | "step";
                                        step: string;
                                    }[];
                                    /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                    clock?: {
                                        /** Format: date-time */
                                        at: string;
                                        /**
                                         * Format: date-time
                                         * @description 此后的承诺办结时限 / the committed deadline from then on
                                         */
                                        due?: string;
                                        /**
                                         * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                         * @enum {string}
                                         */
                                        event: "started" | "paused" | "restarted" | "resumed";
                                        /** @description 暂停时剩余的办理时间 / office time left when paused */
                                        remainingMs?: number;
                                    }[];
                                    limitWorkingDays: number;
                                    /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                    matter: {
                                        /** Format: date-time */
                                        due: string;
                                        /** Format: date-time */
                                        yellowAt: string;
                                    } | null;
                                    /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                    problem?: string;
                                    /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                    remainingMs?: number;
                                    /**
                                     * @description 时限状态 / SLA state
                                     * @enum {string}
                                     */
                                    state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                    /** @description 当前环节的时限 / the current step’s deadline */
                                    step: {
                                        /** Format: date-time */
                                        due: string;
                                        step: string;
                                        /** Format: date-time */
                                        yellowAt: string;
                                    } | null;
                                };
                                /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                                specialCase: {
                                    reason: string;
                                    /** @description the rule that matched */
                                    rule?: string;
                                    /**
                                     * @description rule: 规则识别; hall: 窗口提请
                                     * @enum {string}
                                     */
                                    source: "rule" | "hall";
                                } | null;
                                /** @description 当前环节 / the step or phase the matter is in */
                                stage: string;
                                /**
                                 * @description 办理状态 / matter status
                                 * @enum {string}
                                 */
                                status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                submittedAt: string;
                                unitCode: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description 每次状态变化加一 / increases with every change */
                                version: number;
                                waitingFor: {
                                    /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                    organisations: string[];
                                    /** @enum {string} */
                                    role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    /** @description 等待的环节 / the step waited for */
                                    step: string;
                                    /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                    title: string;
                                } | null;
                                /** @description 撤回的经办人 / who withdrew the matter */
                                withdrawnBy?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项进度 / a matter and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 凭证列表 / the certificates issued for a matter
         * @description Certificates appear as the matter earns them: the acceptance receipt, each department record, the completion notice.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 下载地址 / where to download the PDF */
                                href: string;
                                /**
                                 * Format: date-time
                                 * @description 出具时间 / issued at
                                 */
                                issuedAt: string;
                                /**
                                 * @description 凭证种类 / certificate kind
                                 * @enum {string}
                                 */
                                kind: "acceptance-receipt" | "completion-notice" | "rejection-notice" | "personnel-record" | "wage-approval" | "pension-receipt" | "injury-receipt" | "unemployment-receipt" | "sscard-receipt" | "archive-notice" | "employment-receipt";
                                /** @description PDF 文件的 SHA-256，首次下载时生成 / hash of the PDF, to verify a copy; null until the first download renders it */
                                sha256: string | null;
                                /** @description 凭证名称 / title */
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/certificates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载凭证 / download a certificate as PDF
         * @description Every download is recorded in the audit trail with the caller.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                    /** @description 凭证种类 / certificate kind */
                    kind: "acceptance-receipt" | "completion-notice" | "rejection-notice" | "personnel-record" | "wage-approval" | "pension-receipt" | "injury-receipt" | "unemployment-receipt" | "sscard-receipt" | "archive-notice" | "employment-receipt";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF 凭证 / the certificate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "application/pdf": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核决定 / decide the step the matter waits for
         * @description Decided as the caller, in the role and organisation the step waits for (403 otherwise). 409 when the matter does not wait for that step, it was already decided, or another officer has claimed the task. Exactly once: a retry of the same request (the same `Idempotency-Key`, or without one the same caller on the same task) answers the first one's outcome. The answer waits up to 10 s for the matter to take the decision; beyond that it is 202 with where to poll, or — when the matter has not even accepted it by then (Temporal briefly unavailable) — 503 with `Retry-After`: send the same request again.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 重试同一请求时保持不变，决定只生效一次 / the same on every retry of one request: the decision takes effect once */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description approve 通过 · reject 不予通过 · return 退回补正 · countersign 提请加签 · retry 部门系统恢复后重新办理（仅部门异常）
                         * @enum {string}
                         */
                        decision: "approve" | "reject" | "return" | "countersign" | "retry";
                        /** @description 代表的机构，调动事项两个主管部门均可决定时选择 / the organisation decided for, when the caller may act for more than one awaited */
                        organisation?: string;
                        /** @description 一次性告知的全部问题 / every problem at once (return) */
                        problems?: {
                            /** @description 出问题的字段 / the field concerned */
                            field?: string;
                            /** @description 问题说明 / what is wrong */
                            message: string;
                        }[];
                        /** @description 理由 / reason */
                        reason?: string;
                        /** @description 审核环节 / review step */
                        step: string;
                    } & (unknown & unknown);
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 事项编号 / matter id */
                            id: string;
                            /** @description 查询结果的地址 / where to poll for the outcome */
                            poll?: string;
                            /** @enum {string} */
                            status: "pending";
                            /** @description 决定的编号 / the decision’s id */
                            updateId?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/decisions/{updateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 决定的结果 / the outcome of a decision answered 202
         * @description The matter once it has taken the decision (200), still 202 while it has not, 404 for no such decision, 409 once the matter has closed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                    updateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 事项编号 / matter id */
                            id: string;
                            /** @description 查询结果的地址 / where to poll for the outcome */
                            poll?: string;
                            /** @enum {string} */
                            status: "pending";
                            /** @description 决定的编号 / the decision’s id */
                            updateId?: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/flow.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 事项流程图 / the matter’s live flowchart
         * @description Drawn from the matter’s definition and coloured by its state now: each node a `<g class="node state-…" data-node="…">` (done, waiting with its due time, yellow, red, returned, failed, revoked, not-reached).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SVG 流程图 / the flowchart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "image/svg+xml": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申请表 / the matter’s form, personal data masked unless revealed
         * @description Name 张*, identity number 640302********051X, birth date ****-**-**, phone 138****0001 by default; `reveal=true` answers them in full and records a `personal-data-viewed` audit event.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 显示完整的个人信息（记入审计） / show personal data in full (recorded in the audit trail) */
                    reveal?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 申请表，其结构见对应事项的提交接口 / the form, shaped as the matter kind’s submission body */
                            form: {
                                [key: string]: unknown;
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 个人信息是否完整显示 / whether personal data is shown in full */
                            revealed: boolean;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        /**
         * 补正后重新提交 / resubmit the corrected form after a return
         * @description The whole form of the matter's kind, with the same unit code and applicationNo.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的评价及整改 / a matter’s rating, with its rectification and appeal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** @description 计入满意度统计；申诉复核认定不实的不计 / counted in the statistics, unless an appeal found it unfounded */
                            counted: boolean;
                            /** @description 评价编号 / rating id */
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            overall: {
                                /** @description 中文评价等级 / the level in Chinese */
                                label: string;
                                /**
                                 * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                 * @enum {string}
                                 */
                                level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                            };
                            /** @description 差评（不满意或非常不满意）/ a poor rating, which opens a rectification */
                            poor: boolean;
                            /** Format: date-time */
                            ratedAt: string;
                            /** @description 评价人账号 / who rated */
                            ratedBy: string;
                            rectification: {
                                actions: {
                                    /**
                                     * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                                     * @enum {string}
                                     */
                                    action: "revisit" | "finding" | "rectify" | "reply";
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    note: string;
                                    title: string;
                                }[];
                                appeal: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** Format: date-time */
                                    decidedAt?: string;
                                    decidedBy?: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** @enum {string} */
                                    decision?: "upheld" | "dismissed";
                                    decisionReason?: string;
                                    reason: string;
                                } | null;
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** Format: date-time */
                                closedAt?: string;
                                /** @description 整改答复时限 / when the reply is due */
                                due: string | null;
                                /** @description 可申诉复核的政务大厅 / the hall that may appeal */
                                hall: string | null;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                matterId: string;
                                /** @description 负责整改的督查机构 / the supervision office */
                                office: string;
                                /** Format: date-time */
                                openedAt: string;
                                /** @description 无法排期的原因 / why no due time could be set */
                                problem?: string;
                                /** @description 评价人账号 / the rater’s login, whom the reply reaches */
                                rater: string;
                                ratingId: string;
                                region: string;
                                /** @enum {string} */
                                slaState: "on-time" | "warned" | "overdue" | "unscheduled";
                                stage: ("revisit" | "finding" | "rectify" | "reply") | "closed";
                                /** @description 当前环节 / the step awaited, in Chinese */
                                stageTitle: string;
                                /**
                                 * @description open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束
                                 * @enum {string}
                                 */
                                status: "open" | "replied" | "appeal-upheld";
                                /** @description 整改状态 / the status in Chinese */
                                statusLabel: string;
                                /** @description 督查机构的待办编号 / the task in the supervision office’s inbox */
                                taskId: string;
                                unitCode: string;
                                version: number;
                                yellowAt: string | null;
                            } | null;
                            steps: {
                                competent?: {
                                    /** @description 中文评价等级 / the level in Chinese */
                                    label: string;
                                    /**
                                     * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                     * @enum {string}
                                     */
                                    level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                };
                                departments?: {
                                    [key: string]: {
                                        /** @description 中文评价等级 / the level in Chinese */
                                        label: string;
                                        /**
                                         * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                         * @enum {string}
                                         */
                                        level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                    };
                                };
                                hall?: {
                                    /** @description 中文评价等级 / the level in Chinese */
                                    label: string;
                                    /**
                                     * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                     * @enum {string}
                                     */
                                    level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                };
                            };
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 好差评：评价已办结的事项 / rate a finished matter, once
         * @description The unit’s clerk rates a completed or rejected matter on the five national levels, as a whole and optionally per step (competent department, hall, each department). A rating cannot be changed or repeated (409). 不满意 or 非常不满意 opens a rectification in the supervision office’s inbox.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 评价意见 / a comment (差评 should say what went wrong) */
                        comment?: string;
                        /**
                         * @description 对整个事项的评价 / the whole matter
                         * @enum {string}
                         */
                        overall: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                        /** @description 分环节评价（可选）；未列出的环节按整体评价计 / per step, optional; a step not rated counts with the overall level */
                        steps?: {
                            /**
                             * @description 主管部门审核 / the competent department
                             * @enum {string}
                             */
                            competent?: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                            /** @description 各经办部门 / each department by its code */
                            departments?: {
                                [key: string]: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                            };
                            /**
                             * @description 政务大厅审核 / the service hall
                             * @enum {string}
                             */
                            hall?: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** @description 计入满意度统计；申诉复核认定不实的不计 / counted in the statistics, unless an appeal found it unfounded */
                            counted: boolean;
                            /** @description 评价编号 / rating id */
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            overall: {
                                /** @description 中文评价等级 / the level in Chinese */
                                label: string;
                                /**
                                 * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                 * @enum {string}
                                 */
                                level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                            };
                            /** @description 差评（不满意或非常不满意）/ a poor rating, which opens a rectification */
                            poor: boolean;
                            /** Format: date-time */
                            ratedAt: string;
                            /** @description 评价人账号 / who rated */
                            ratedBy: string;
                            rectification: {
                                actions: {
                                    /**
                                     * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                                     * @enum {string}
                                     */
                                    action: "revisit" | "finding" | "rectify" | "reply";
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    note: string;
                                    title: string;
                                }[];
                                appeal: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** Format: date-time */
                                    decidedAt?: string;
                                    decidedBy?: {
                                        /** @description 经办人账号 / who decided */
                                        id: string;
                                        organisation?: string;
                                        /** @enum {string} */
                                        role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    };
                                    /** @enum {string} */
                                    decision?: "upheld" | "dismissed";
                                    decisionReason?: string;
                                    reason: string;
                                } | null;
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** Format: date-time */
                                closedAt?: string;
                                /** @description 整改答复时限 / when the reply is due */
                                due: string | null;
                                /** @description 可申诉复核的政务大厅 / the hall that may appeal */
                                hall: string | null;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                matterId: string;
                                /** @description 负责整改的督查机构 / the supervision office */
                                office: string;
                                /** Format: date-time */
                                openedAt: string;
                                /** @description 无法排期的原因 / why no due time could be set */
                                problem?: string;
                                /** @description 评价人账号 / the rater’s login, whom the reply reaches */
                                rater: string;
                                ratingId: string;
                                region: string;
                                /** @enum {string} */
                                slaState: "on-time" | "warned" | "overdue" | "unscheduled";
                                stage: ("revisit" | "finding" | "rectify" | "reply") | "closed";
                                /** @description 当前环节 / the step awaited, in Chinese */
                                stageTitle: string;
                                /**
                                 * @description open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束
                                 * @enum {string}
                                 */
                                status: "open" | "replied" | "appeal-upheld";
                                /** @description 整改状态 / the status in Chinese */
                                statusLabel: string;
                                /** @description 督查机构的待办编号 / the task in the supervision office’s inbox */
                                taskId: string;
                                unitCode: string;
                                version: number;
                                yellowAt: string | null;
                            } | null;
                            steps: {
                                competent?: {
                                    /** @description 中文评价等级 / the level in Chinese */
                                    label: string;
                                    /**
                                     * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                     * @enum {string}
                                     */
                                    level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                };
                                departments?: {
                                    [key: string]: {
                                        /** @description 中文评价等级 / the level in Chinese */
                                        label: string;
                                        /**
                                         * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                         * @enum {string}
                                         */
                                        level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                    };
                                };
                                hall?: {
                                    /** @description 中文评价等级 / the level in Chinese */
                                    label: string;
                                    /**
                                     * @description very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意
                                     * @enum {string}
                                     */
                                    level: "very-satisfied" | "satisfied" | "basic" | "dissatisfied" | "very-dissatisfied";
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/rating/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申诉复核：政务大厅对不实差评提出申诉 / the hall appeals a rating as unfounded
         * @description Once per rating, while its rectification is open, by an officer of the hall that served the matter; a supervisor decides it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 申诉理由：评价为何不实 / why the rating is unfounded */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /**
                                 * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                                 * @enum {string}
                                 */
                                action: "revisit" | "finding" | "rectify" | "reply";
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                note: string;
                                title: string;
                            }[];
                            appeal: {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                decidedAt?: string;
                                decidedBy?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** @enum {string} */
                                decision?: "upheld" | "dismissed";
                                decisionReason?: string;
                                reason: string;
                            } | null;
                            cards: {
                                /** Format: date-time */
                                at: string;
                                /**
                                 * @description 黄牌预警 / 红牌超时
                                 * @enum {string}
                                 */
                                card: "yellow" | "red";
                                /** Format: date-time */
                                due: string;
                                /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                notified: string[];
                                /** @enum {string} */
                                scope: "matter" | "step";
                                step: string;
                            }[];
                            /** Format: date-time */
                            closedAt?: string;
                            /** @description 整改答复时限 / when the reply is due */
                            due: string | null;
                            /** @description 可申诉复核的政务大厅 / the hall that may appeal */
                            hall: string | null;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** @description 负责整改的督查机构 / the supervision office */
                            office: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 无法排期的原因 / why no due time could be set */
                            problem?: string;
                            /** @description 评价人账号 / the rater’s login, whom the reply reaches */
                            rater: string;
                            ratingId: string;
                            region: string;
                            /** @enum {string} */
                            slaState: "on-time" | "warned" | "overdue" | "unscheduled";
                            stage: ("revisit" | "finding" | "rectify" | "reply") | "closed";
                            /** @description 当前环节 / the step awaited, in Chinese */
                            stageTitle: string;
                            /**
                             * @description open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束
                             * @enum {string}
                             */
                            status: "open" | "replied" | "appeal-upheld";
                            /** @description 整改状态 / the status in Chinese */
                            statusLabel: string;
                            /** @description 督查机构的待办编号 / the task in the supervision office’s inbox */
                            taskId: string;
                            unitCode: string;
                            version: number;
                            yellowAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/rating/appeal/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申诉复核决定 / the supervisor decides the hall’s appeal
         * @description upheld: the rating is unfounded — it stays visible with the outcome but leaves the statistics, and the rectification ends; dismissed: the rectification goes on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description upheld 申诉成立，评价不计入统计 · dismissed 申诉不成立，继续整改
                         * @enum {string}
                         */
                        decision: "upheld" | "dismissed";
                        /** @description 复核意见 / the supervisor’s reasons */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /**
                                 * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                                 * @enum {string}
                                 */
                                action: "revisit" | "finding" | "rectify" | "reply";
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                note: string;
                                title: string;
                            }[];
                            appeal: {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                decidedAt?: string;
                                decidedBy?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** @enum {string} */
                                decision?: "upheld" | "dismissed";
                                decisionReason?: string;
                                reason: string;
                            } | null;
                            cards: {
                                /** Format: date-time */
                                at: string;
                                /**
                                 * @description 黄牌预警 / 红牌超时
                                 * @enum {string}
                                 */
                                card: "yellow" | "red";
                                /** Format: date-time */
                                due: string;
                                /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                notified: string[];
                                /** @enum {string} */
                                scope: "matter" | "step";
                                step: string;
                            }[];
                            /** Format: date-time */
                            closedAt?: string;
                            /** @description 整改答复时限 / when the reply is due */
                            due: string | null;
                            /** @description 可申诉复核的政务大厅 / the hall that may appeal */
                            hall: string | null;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** @description 负责整改的督查机构 / the supervision office */
                            office: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 无法排期的原因 / why no due time could be set */
                            problem?: string;
                            /** @description 评价人账号 / the rater’s login, whom the reply reaches */
                            rater: string;
                            ratingId: string;
                            region: string;
                            /** @enum {string} */
                            slaState: "on-time" | "warned" | "overdue" | "unscheduled";
                            stage: ("revisit" | "finding" | "rectify" | "reply") | "closed";
                            /** @description 当前环节 / the step awaited, in Chinese */
                            stageTitle: string;
                            /**
                             * @description open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束
                             * @enum {string}
                             */
                            status: "open" | "replied" | "appeal-upheld";
                            /** @description 整改状态 / the status in Chinese */
                            statusLabel: string;
                            /** @description 督查机构的待办编号 / the task in the supervision office’s inbox */
                            taskId: string;
                            unitCode: string;
                            version: number;
                            yellowAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/rating/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 差评整改：记录回访、核实、整改、答复 / record a rectification step
         * @description In order: revisit (回访核实) → finding (核实情况) → rectify (整改落实) → reply (答复评价人), by a supervisor of the supervision office; the reply ends the rectification and reaches the rater.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                         * @enum {string}
                         */
                        action: "revisit" | "finding" | "rectify" | "reply";
                        /** @description 经过与结果 / what was done and found */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /**
                                 * @description revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人
                                 * @enum {string}
                                 */
                                action: "revisit" | "finding" | "rectify" | "reply";
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                note: string;
                                title: string;
                            }[];
                            appeal: {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                decidedAt?: string;
                                decidedBy?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** @enum {string} */
                                decision?: "upheld" | "dismissed";
                                decisionReason?: string;
                                reason: string;
                            } | null;
                            cards: {
                                /** Format: date-time */
                                at: string;
                                /**
                                 * @description 黄牌预警 / 红牌超时
                                 * @enum {string}
                                 */
                                card: "yellow" | "red";
                                /** Format: date-time */
                                due: string;
                                /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                notified: string[];
                                /** @enum {string} */
                                scope: "matter" | "step";
                                step: string;
                            }[];
                            /** Format: date-time */
                            closedAt?: string;
                            /** @description 整改答复时限 / when the reply is due */
                            due: string | null;
                            /** @description 可申诉复核的政务大厅 / the hall that may appeal */
                            hall: string | null;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** @description 负责整改的督查机构 / the supervision office */
                            office: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 无法排期的原因 / why no due time could be set */
                            problem?: string;
                            /** @description 评价人账号 / the rater’s login, whom the reply reaches */
                            rater: string;
                            ratingId: string;
                            region: string;
                            /** @enum {string} */
                            slaState: "on-time" | "warned" | "overdue" | "unscheduled";
                            stage: ("revisit" | "finding" | "rectify" | "reply") | "closed";
                            /** @description 当前环节 / the step awaited, in Chinese */
                            stageTitle: string;
                            /**
                             * @description open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束
                             * @enum {string}
                             */
                            status: "open" | "replied" | "appeal-upheld";
                            /** @description 整改状态 / the status in Chinese */
                            statusLabel: string;
                            /** @description 督查机构的待办编号 / the task in the supervision office’s inbox */
                            taskId: string;
                            unitCode: string;
                            version: number;
                            yellowAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理记录 / the audit trail of a matter, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description submitted · decided · countersign-requested · returned-for-correction · corrected · department-registered · department-refused · department-revoked · sla-card · completed · rejected · withdrawn · certificate-downloaded · message-refused · access-denied */
                                action: string;
                                /** @description 经办人或系统 / who: the account, `unit`, a department office, or `system` */
                                actor: string;
                                /**
                                 * Format: date-time
                                 * @description 发生时间 / when it happened
                                 */
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                matterId: string | null;
                                organisation: string | null;
                                /** @description approved / rejected for a decision, yellow / red for a card, the status for a department or the closure */
                                outcome: string | null;
                                role: string | null;
                                /** @description 审核环节、部门或时限环节 / the review step, department or step the card was shown at */
                                step: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 / the unit withdraws the matter before departments handle it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 撤回理由 / why the unit withdraws */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的工作流 / the matter’s workflow and its address in Temporal UI (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事项编号 / matter id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            namespace: string;
                            /** @description 在 Temporal UI 中打开 / opens the workflow in Temporal UI; null when no UI address is configured (TEMPORAL_UI_URL) */
                            url: string | null;
                            /** @description 工作流编号，即事项编号 / the workflow id: the matter id */
                            workflowId: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/hire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交事业单位聘用工作人员申请 / submit a hire matter
         * @description The business key is unit.code + applicationNo: the same key again answers 200 with the same matter. Only a clerk (person or service account) of that unit may submit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 单位自编申请编号，与单位代码一起构成业务主键 / the unit’s own application number; with the unit code it is the business key */
                        applicationNo: string;
                        /** @description 人事档案 / personnel file */
                        archive: {
                            /** @description 档案现存放单位 / where the personnel file is now */
                            currentHolder: string;
                        };
                        /** @description 聘用合同 / employment contract */
                        contract: {
                            /**
                             * Format: date
                             * @description 聘用合同终止日 / contract end
                             */
                            endDate: string;
                            /** @description 试用期（月） / probation in months */
                            probationMonths: number;
                            /**
                             * Format: date
                             * @description 聘用合同起始日 / contract start
                             */
                            startDate: string;
                        };
                        /** @description 社会保险 / social insurance */
                        insurance: {
                            /**
                             * @description 失业保险参保（法定，须为 true） / unemployment insurance, compulsory (true)
                             * @enum {boolean}
                             */
                            unemployment: true;
                            /**
                             * @description 工伤保险参保（法定，须为 true） / work-injury insurance, compulsory (true)
                             * @enum {boolean}
                             */
                            workInjury: true;
                        };
                        /** @description 要件 / required materials */
                        materials: {
                            /**
                             * Format: uuid
                             * @description 上传文件的编号 / the id POST /api/v1/materials answered
                             */
                            id?: string;
                            kind: string;
                            name: string;
                            sha256: string;
                            size: number;
                        }[];
                        /** @description 拟聘人员 / the person hired */
                        person: {
                            /**
                             * Format: date
                             * @description 出生日期 / date of birth
                             */
                            birthDate: string;
                            /**
                             * @description 学历 / education
                             * @enum {string}
                             */
                            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                            /**
                             * @description 性别 / gender
                             * @enum {string}
                             */
                            gender: "male" | "female";
                            /** @description 公民身份号码 / citizen identity number (GB 11643) */
                            identityNumber: string;
                            /** @description 姓名 / name */
                            name: string;
                            /** @description 手机号码 / mobile phone */
                            phone: string;
                        };
                        /** @description 聘用岗位 / post */
                        post: {
                            /** @enum {string} */
                            category: "management" | "professional" | "worker";
                            level?: number;
                            title: string;
                            /** @enum {string} */
                            workerGrade?: "technician" | "general";
                        };
                        /** @description 招聘 / recruitment */
                        recruitment: {
                            /** @description 招聘公告编号（公开招聘） / recruitment announcement number (public recruitment) */
                            announcementNo?: string;
                            /**
                             * @description 招聘方式：统一公开招聘 / 自主公开招聘 / 直接考核（高层次人才） / unified or independent public recruitment, or direct assessment of high-level talent
                             * @enum {string}
                             */
                            method: "unified-open" | "independent-open" | "direct-assessment";
                            /** @description 招聘方案备案编号（自主公开招聘） / filing number of the unit’s recruitment plan (independent recruitment) */
                            planFilingNo?: string;
                            /** @description 高层次人才类别（直接考核） / category of high-level talent (direct assessment) */
                            talentCategory?: string;
                        };
                        /** @description 社会保障卡 / social-security card */
                        socialSecurityCard: {
                            /** @description 申领社会保障卡 / apply for a card */
                            apply: boolean;
                            /** @description 合作银行 / issuing bank */
                            bank?: string;
                        };
                        /** @description 用人单位 / employing unit */
                        unit: {
                            /** @description 统一社会信用代码 / unified social credit code */
                            code: string;
                            /** @description 主管部门 / competent department */
                            competentDepartment: {
                                /** @description 统一社会信用代码 / unified social credit code */
                                code: string;
                                /** @description 名称 / name */
                                name: string;
                            };
                            /** @description 名称 / name */
                            name: string;
                            /**
                             * @description 所属地区 (GB/T 2260) / region
                             * @enum {string}
                             */
                            region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                        };
                        /** @description 起薪 / starting wage */
                        wage: {
                            /**
                             * Format: date
                             * @description 起薪日期 / wage effective date
                             */
                            effectiveDate: string;
                            /** @description 薪级 / salary grade */
                            salaryGrade: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/post-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交事业单位工作人员岗位变动及工资申请 / submit a post-change matter
         * @description The business key is unit.code + applicationNo: the same key again answers 200 with the same matter. Only a clerk (person or service account) of that unit may submit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 单位自编申请编号，与单位代码一起构成业务主键 / the unit’s own application number; with the unit code it is the business key */
                        applicationNo: string;
                        /** @description 岗位变动 / post change */
                        change: {
                            /**
                             * Format: date
                             * @description 岗位变动生效日期 / effective date of the new post
                             */
                            effectiveDate: string;
                            /**
                             * @description 变动类型：晋升 / 竞聘上岗 / 内部转岗 / 低聘 / promotion, competitive appointment, transfer within the unit or demotion
                             * @enum {string}
                             */
                            kind: "promotion" | "competitive-appointment" | "transfer-within-unit" | "demotion";
                            /** @description 变动原因 / reason for the change */
                            reason: string;
                        };
                        /** @description 现聘岗位 / current post */
                        currentPost: {
                            /** @enum {string} */
                            category: "management" | "professional" | "worker";
                            level?: number;
                            title: string;
                            /** @enum {string} */
                            workerGrade?: "technician" | "general";
                        };
                        /** @description 要件 / required materials */
                        materials: {
                            /**
                             * Format: uuid
                             * @description 上传文件的编号 / the id POST /api/v1/materials answered
                             */
                            id?: string;
                            kind: string;
                            name: string;
                            sha256: string;
                            size: number;
                        }[];
                        /** @description 拟聘岗位 / new post */
                        newPost: {
                            /** @enum {string} */
                            category: "management" | "professional" | "worker";
                            level?: number;
                            title: string;
                            /** @enum {string} */
                            workerGrade?: "technician" | "general";
                        };
                        /** @description 岗位变动人员 / the person whose post changes */
                        person: {
                            /**
                             * Format: date
                             * @description 出生日期 / date of birth
                             */
                            birthDate: string;
                            /**
                             * @description 学历 / education
                             * @enum {string}
                             */
                            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                            /**
                             * @description 性别 / gender
                             * @enum {string}
                             */
                            gender: "male" | "female";
                            /** @description 公民身份号码 / citizen identity number (GB 11643) */
                            identityNumber: string;
                            /** @description 姓名 / name */
                            name: string;
                            /** @description 手机号码 / mobile phone */
                            phone: string;
                        };
                        /** @description 用人单位 / employing unit */
                        unit: {
                            /** @description 统一社会信用代码 / unified social credit code */
                            code: string;
                            /** @description 主管部门 / competent department */
                            competentDepartment: {
                                /** @description 统一社会信用代码 / unified social credit code */
                                code: string;
                                /** @description 名称 / name */
                                name: string;
                            };
                            /** @description 名称 / name */
                            name: string;
                            /**
                             * @description 所属地区 (GB/T 2260) / region
                             * @enum {string}
                             */
                            region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                        };
                        /** @description 岗位变动工资 / wage after the change */
                        wage: {
                            /** @description 现薪级 / current salary grade */
                            currentSalaryGrade: number;
                            /**
                             * Format: date
                             * @description 新工资执行日期 / new wage effective date
                             */
                            effectiveDate: string;
                            /** @description 变动后薪级 / new salary grade */
                            newSalaryGrade: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交事业单位工作人员调动、聘用及工资申请 / submit a transfer matter
         * @description The business key is unit.code + applicationNo: the same key again answers 200 with the same matter. Only a clerk (person or service account) of that unit may submit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 单位自编申请编号，与单位代码一起构成业务主键 / the unit’s own application number; with the unit code it is the business key */
                        applicationNo: string;
                        /** @description 人事档案 / personnel file */
                        archive: {
                            /** @description 档案现存放单位 / where the personnel file is now */
                            currentHolder: string;
                            /**
                             * @description 转递方式：机要寄送 / 专人送取 / 线上转递 / confidential mail, by hand or online
                             * @enum {string}
                             */
                            transferMethod: "confidential-mail" | "in-person" | "online";
                        };
                        /** @description 调入单位聘用合同 / employment contract with the receiving unit */
                        contract: {
                            /**
                             * Format: date
                             * @description 聘用合同终止日 / contract end
                             */
                            endDate: string;
                            /** @description 试用期（月）：区内事业单位调入的不再约定试用期，其他调入最长 6 个月 / probation in months: none for a transfer between public institutions, at most 6 otherwise */
                            probationMonths: number;
                            /**
                             * Format: date
                             * @description 聘用合同起始日 / contract start
                             */
                            startDate: string;
                        };
                        /** @description 社会保险 / social insurance */
                        insurance: {
                            /** @description 养老保险关系转移接续 / pension enrolment transfer */
                            pensionTransfer: {
                                /** @description 原参保地 (GB/T 2260) / region of the previous enrolment */
                                fromRegion: string;
                                /** @description 原参保经办机构，如银川市社会保险事业管理局 / previous social-insurance agency */
                                previousInsurer: string;
                            };
                            /**
                             * @description 失业保险参保（法定，须为 true） / unemployment insurance, compulsory (true)
                             * @enum {boolean}
                             */
                            unemployment: true;
                            /**
                             * @description 工伤保险参保（法定，须为 true） / work-injury insurance, compulsory (true)
                             * @enum {boolean}
                             */
                            workInjury: true;
                        };
                        /** @description 要件 / required materials */
                        materials: {
                            /**
                             * Format: uuid
                             * @description 上传文件的编号 / the id POST /api/v1/materials answered
                             */
                            id?: string;
                            kind: string;
                            name: string;
                            sha256: string;
                            size: number;
                        }[];
                        /** @description 调动人员 / the person transferred */
                        person: {
                            /**
                             * Format: date
                             * @description 出生日期 / date of birth
                             */
                            birthDate: string;
                            /**
                             * @description 学历 / education
                             * @enum {string}
                             */
                            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                            /**
                             * @description 性别 / gender
                             * @enum {string}
                             */
                            gender: "male" | "female";
                            /** @description 公民身份号码 / citizen identity number (GB 11643) */
                            identityNumber: string;
                            /** @description 姓名 / name */
                            name: string;
                            /** @description 手机号码 / mobile phone */
                            phone: string;
                        };
                        /** @description 调入后聘用岗位 / post in the receiving unit */
                        post: {
                            /** @enum {string} */
                            category: "management" | "professional" | "worker";
                            level?: number;
                            title: string;
                            /** @enum {string} */
                            workerGrade?: "technician" | "general";
                        };
                        /** @description 调出单位 / releasing unit */
                        releasingUnit: {
                            /** @description 统一社会信用代码 / unified social credit code */
                            code: string;
                            /** @description 主管部门（调出单位为区内事业单位时必填，由其审核调出） / competent department (required for a public institution of Ningxia, which reviews the release) */
                            competentDepartment?: {
                                /** @description 统一社会信用代码 / unified social credit code */
                                code: string;
                                /** @description 名称 / name */
                                name: string;
                            };
                            /** @description 名称 / name */
                            name: string;
                            /** @description 所在地区 (GB/T 2260) / region */
                            region: string;
                            /**
                             * @description 单位性质：事业单位 / 机关 / 企业 / 其他 / public institution, government body, enterprise or other
                             * @enum {string}
                             */
                            sector: "public-institution" | "government" | "enterprise" | "other";
                        };
                        /** @description 社会保障卡 / social-security card */
                        socialSecurityCard: {
                            /** @description 变更社会保障卡单位信息 / update the card’s employer details */
                            updateInfo: boolean;
                        };
                        /** @description 调动 / transfer */
                        transfer: {
                            /**
                             * Format: date
                             * @description 调动生效日期 / transfer effective date
                             */
                            effectiveDate: string;
                            /** @description 调动原因 / reason for the transfer */
                            reason: string;
                        };
                        /** @description 调入单位 / receiving unit */
                        unit: {
                            /** @description 统一社会信用代码 / unified social credit code */
                            code: string;
                            /** @description 主管部门 / competent department */
                            competentDepartment: {
                                /** @description 统一社会信用代码 / unified social credit code */
                                code: string;
                                /** @description 名称 / name */
                                name: string;
                            };
                            /** @description 名称 / name */
                            name: string;
                            /**
                             * @description 所属地区 (GB/T 2260) / region
                             * @enum {string}
                             */
                            region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                        };
                        /** @description 调动工资 / wage after the transfer */
                        wage: {
                            /**
                             * Format: date
                             * @description 调入单位起薪日期 / wage effective date in the receiving unit
                             */
                            effectiveDate: string;
                            /** @description 调出前月基本工资（元） / monthly basic wage before the transfer, yuan */
                            previousMonthlyBasicWage?: number;
                            /** @description 薪级 / salary grade */
                            salaryGrade: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description 政务大厅受理时间 / when the hall accepted the matter
                             */
                            acceptedAt?: string;
                            applicationNo: string;
                            /** Format: date-time */
                            completedAt?: string;
                            decisions: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                decision: "approve" | "reject" | "return" | "countersign" | "retry";
                                problems?: {
                                    /** @description 出问题的字段 / the field concerned */
                                    field?: string;
                                    /** @description 问题说明 / what is wrong */
                                    message: string;
                                }[];
                                reason?: string;
                                /** @description 审核环节 / review step */
                                step: string;
                            }[];
                            departments: {
                                /**
                                 * @description 经办部门 / handling department
                                 * @enum {string}
                                 */
                                code: "personnel" | "wage" | "pension" | "injury" | "unemployment" | "sscard" | "archive" | "employment";
                                name: string;
                                /** @description 部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried */
                                outage?: boolean;
                                reason?: string;
                                /** @description 部门登记号 / the department’s registration number */
                                receipt?: string;
                                /** @enum {string} */
                                status: "pending" | "handling" | "done" | "failed" | "revoked";
                            }[];
                            /** @description 提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction) */
                            formBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                            formVersion: number;
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            /** @description 办结、不予通过或撤回的说明 / closing reason */
                            outcome?: string;
                            /** @description 与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices */
                            parties: string[];
                            /** @description 待补正的问题 / open correction requests */
                            problems: {
                                /** @description 出问题的字段 / the field concerned */
                                field?: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            /** @description 因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20 */
                            refusedMessages: {
                                actor?: {
                                    /** @description 经办人账号 / who decided */
                                    id: string;
                                    organisation?: string;
                                    /** @enum {string} */
                                    role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                message: "decision" | "withdrawal" | "correction";
                                reason: string;
                                /** @description 本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1 */
                                seq?: number;
                                step?: string;
                            }[];
                            region: string;
                            sla: {
                                cards: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * @description 黄牌预警 / 红牌超时
                                     * @enum {string}
                                     */
                                    card: "yellow" | "red";
                                    /** Format: date-time */
                                    due: string;
                                    /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                    notified: string[];
                                    /** @enum {string} */
                                    scope: "matter" | "step";
                                    step: string;
                                }[];
                                /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                clock?: {
                                    /** Format: date-time */
                                    at: string;
                                    /**
                                     * Format: date-time
                                     * @description 此后的承诺办结时限 / the committed deadline from then on
                                     */
                                    due?: string;
                                    /**
                                     * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                     * @enum {string}
                                     */
                                    event: "started" | "paused" | "restarted" | "resumed";
                                    /** @description 暂停时剩余的办理时间 / office time left when paused */
                                    remainingMs?: number;
                                }[];
                                limitWorkingDays: number;
                                /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                matter: {
                                    /** Format: date-time */
                                    due: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                                /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                problem?: string;
                                /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                remainingMs?: number;
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 当前环节的时限 / the current step’s deadline */
                                step: {
                                    /** Format: date-time */
                                    due: string;
                                    step: string;
                                    /** Format: date-time */
                                    yellowAt: string;
                                } | null;
                            };
                            /** @description 加签原因，无则为空 / why countersignature applies, if it does */
                            specialCase: {
                                reason: string;
                                /** @description the rule that matched */
                                rule?: string;
                                /**
                                 * @description rule: 规则识别; hall: 窗口提请
                                 * @enum {string}
                                 */
                                source: "rule" | "hall";
                            } | null;
                            /** @description 当前环节 / the step or phase the matter is in */
                            stage: string;
                            /**
                             * @description 办理状态 / matter status
                             * @enum {string}
                             */
                            status: "reviewing" | "countersigning" | "handling" | "correcting" | "exception" | "completed" | "rejected" | "withdrawn";
                            /** Format: date-time */
                            submittedAt: string;
                            unitCode: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 每次状态变化加一 / increases with every change */
                            version: number;
                            waitingFor: {
                                /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                organisations: string[];
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /** @description 等待的环节 / the step waited for */
                                step: string;
                                /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                title: string;
                            } | null;
                            /** @description 撤回的经办人 / who withdrew the matter */
                            withdrawnBy?: {
                                /** @description 经办人账号 / who decided */
                                id: string;
                                organisation?: string;
                                /** @enum {string} */
                                role?: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前身份 / who the token speaks for: login, organisations, roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "person" | "service";
                            memberships: {
                                /**
                                 * @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维
                                 * @enum {string}
                                 */
                                kind: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                                /** @description 机构代码 / organisation code */
                                organisation: string;
                                /** @enum {string} */
                                region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                                roles: ("unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief")[];
                            }[];
                            /** @description 显示名 / display name (staff, not applicants) */
                            name: string;
                            /** @description 登录名 / login */
                            sub: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知 / the caller’s notifications, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    /** @description true: 只列未读 / unread ones only */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 通知编号 / notification id */
                                id: string;
                                /**
                                 * @description sla.card 黄牌预警/红牌超时 · task.assigned 新待办 · correction.requested 退回补正 · rating.reply 差评整改答复 · rating.appeal 差评申诉及复核结果
                                 * @enum {string}
                                 */
                                kind: "sla.card" | "task.assigned" | "correction.requested" | "rating.reply" | "rating.appeal";
                                /** @description 事项编号 / matter id */
                                matterId: string;
                                /** @description 本人已读时间，未读为空 / when the caller read it; null while unread */
                                readAt: string | null;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description 符合条件的通知数 / notifications matching the filter */
                            total: number;
                            /** @description 本人全部未读数 / every notification the caller has not read */
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 / mark one notification read, for the caller only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 通知编号 / notification id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 / mark every notification of the caller read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 本次标为已读的条数 / how many were unread */
                            marked: number;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机构目录 / organisations */
        get: {
            parameters: {
                query?: {
                    /** @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维 */
                    kind?: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    /** @description 代码、登录名或名称包含 / code, login or name contains */
                    q?: string;
                    region?: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                competentDepartment: string | null;
                                /**
                                 * @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维
                                 * @enum {string}
                                 */
                                kind: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                                name: string;
                                region: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新增或修改机构 / create or change an organisation (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 机构代码 / organisation code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description 单位的主管部门 / a unit’s competent department */
                        competentDepartment?: string | null;
                        /**
                         * @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维
                         * @enum {string}
                         */
                        kind: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                        name: string;
                        /** @enum {string} */
                        region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            competentDepartment: string | null;
                            /**
                             * @description 机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维
                             * @enum {string}
                             */
                            kind: "unit" | "competent" | "hall" | "division" | "department" | "supervision" | "platform";
                            name: string;
                            region: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该资源，或无权查看 / no such resource, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{identityNumber}/prefill/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 从人员信息库带入 / prefill a transfer or a post change from the personnel register
         * @description For a clerk of the unit that employs the person, or for a transfer a clerk of the receiving unit with `consent` (the person’s consent reference). Anyone else, or a person the register does not know: 404. Every lookup is audited (`register-prefill`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description 本人同意书编号（调入单位查询时必填，记入审计） / the person’s consent reference, required of a receiving unit and audited */
                    consent?: string;
                };
                header?: never;
                path: {
                    /** @description 公民身份号码 / citizen identity number */
                    identityNumber: string;
                    /** @description 事项类型 / the form to prefill */
                    kind: "transfer" | "post-change";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 申请表中由人员信息库带入的部分 / the part of the form the register fills */
                            form: {
                                archive: {
                                    currentHolder: string;
                                };
                                insurance: {
                                    pensionTransfer: {
                                        fromRegion?: string;
                                        previousInsurer?: string;
                                    };
                                    /** @enum {boolean} */
                                    unemployment: true;
                                    /** @enum {boolean} */
                                    workInjury: true;
                                };
                                person: {
                                    /**
                                     * Format: date
                                     * @description 出生日期 / date of birth
                                     */
                                    birthDate: string;
                                    /**
                                     * @description 学历 / education
                                     * @enum {string}
                                     */
                                    education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                                    /**
                                     * @description 性别 / gender
                                     * @enum {string}
                                     */
                                    gender: "male" | "female";
                                    /** @description 公民身份号码 / citizen identity number (GB 11643) */
                                    identityNumber: string;
                                    /** @description 姓名 / name */
                                    name: string;
                                    /** @description 手机号码 / mobile phone */
                                    phone: string;
                                };
                                releasingUnit: {
                                    /** @description 统一社会信用代码 / unified social credit code */
                                    code: string;
                                    /** @description 主管部门 / competent department */
                                    competentDepartment: {
                                        /** @description 统一社会信用代码 / unified social credit code */
                                        code: string;
                                        /** @description 名称 / name */
                                        name: string;
                                    };
                                    /** @description 名称 / name */
                                    name: string;
                                    /**
                                     * @description 所属地区 (GB/T 2260) / region
                                     * @enum {string}
                                     */
                                    region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                                    /** @enum {string} */
                                    sector: "public-institution";
                                };
                                wage: {
                                    previousMonthlyBasicWage?: number;
                                };
                            } | {
                                currentPost: {
                                    /** @enum {string} */
                                    category: "management" | "professional" | "worker";
                                    level?: number;
                                    title: string;
                                    /** @enum {string} */
                                    workerGrade?: "technician" | "general";
                                };
                                person: {
                                    /**
                                     * Format: date
                                     * @description 出生日期 / date of birth
                                     */
                                    birthDate: string;
                                    /**
                                     * @description 学历 / education
                                     * @enum {string}
                                     */
                                    education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                                    /**
                                     * @description 性别 / gender
                                     * @enum {string}
                                     */
                                    gender: "male" | "female";
                                    /** @description 公民身份号码 / citizen identity number (GB 11643) */
                                    identityNumber: string;
                                    /** @description 姓名 / name */
                                    name: string;
                                    /** @description 手机号码 / mobile phone */
                                    phone: string;
                                };
                                unit: {
                                    /** @description 统一社会信用代码 / unified social credit code */
                                    code: string;
                                    /** @description 主管部门 / competent department */
                                    competentDepartment: {
                                        /** @description 统一社会信用代码 / unified social credit code */
                                        code: string;
                                        /** @description 名称 / name */
                                        name: string;
                                    };
                                    /** @description 名称 / name */
                                    name: string;
                                    /**
                                     * @description 所属地区 (GB/T 2260) / region
                                     * @enum {string}
                                     */
                                    region: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                                };
                                wage: {
                                    currentSalaryGrade: number;
                                };
                            };
                            /**
                             * @description 事项类型 / the form to prefill
                             * @enum {string}
                             */
                            kind: "transfer" | "post-change";
                            /** @description 带入的字段路径 / paths of the fields filled */
                            prefilled: string[];
                            /** @description 来源 / where the record comes from */
                            source: {
                                /** @description 最近一次改变该记录的事项 / the matter that last changed the record */
                                matterId: string;
                                /** Format: date */
                                since: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计查询 / audit events across matters, newest first
         * @description Supervisors see the events of their region's matters; administrators every event, those of no matter (denials, calendar) included.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description 经办人登录名 / the login that acted */
                    actor?: string;
                    /** @description 起 (含) / at or after */
                    from?: string;
                    matterId?: string;
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    /** @description 止 (含) / at or before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description submitted · decided · countersign-requested · returned-for-correction · corrected · department-registered · department-refused · department-revoked · sla-card · completed · rejected · withdrawn · certificate-downloaded · message-refused · access-denied */
                                action: string;
                                /** @description 经办人或系统 / who: the account, `unit`, a department office, or `system` */
                                actor: string;
                                /**
                                 * Format: date-time
                                 * @description 发生时间 / when it happened
                                 */
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                matterId: string | null;
                                organisation: string | null;
                                /** @description approved / rejected for a decision, yellow / red for a card, the status for a department or the closure */
                                outcome: string | null;
                                role: string | null;
                                /** @description 审核环节、部门或时限环节 / the review step, department or step the card was shown at */
                                step: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计导出 / the audit search as CSV, newest first
         * @description The same filter and scoping as GET /api/v1/supervision/audit, at most 10000 rows (x-total-count says how many matched, x-row-count how many the file holds; x-truncated: true when more matched). Recorded as `audit-exported`.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description 经办人登录名 / the login that acted */
                    actor?: string;
                    /** @description 起 (含) / at or after */
                    from?: string;
                    matterId?: string;
                    /** @description 止 (含) / at or before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV（UTF-8，带 BOM）/ CSV, UTF-8 with a byte-order mark */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/csv": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/csv": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/csv": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/csv": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 核验审计链 / recompute the audit trail’s hash chain and report the first broken link
         * @description One chain over every event in the order written (administrators and supervisors alike: breaks are named by position and row, never by content). Each event's SHA-256 covers its content and the previous event's hash, so an edited row no longer matches its hash, a deleted one leaves a gap, and a rewritten tail no longer matches the daily anchor. At most 6 per minute per person.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 核对的每日锚点数 / daily anchors checked */
                            anchorsChecked: number;
                            /** @description 所有断点（至多 100 个） / every break found, at most 100 */
                            breaks: {
                                /** @description 缺失条数 / for missing: how many positions are gone */
                                count?: number;
                                /** @description 事件编号 / the event row (for missing: the row after the gap) */
                                id: number | null;
                                /**
                                 * @description altered: the row no longer matches its hash (edited) · missing: positions gone (deleted) · relinked: the row does not link to the one before · unchained: a row written around the trigger · anchor-mismatch: a daily anchor no longer matches
                                 * @enum {string}
                                 */
                                kind: "altered" | "missing" | "relinked" | "unchained" | "anchor-mismatch";
                                message: string;
                                /** @description 链上位置 / position on the chain (for missing: the first position gone) */
                                seq: number | null;
                            }[];
                            /** @description 链上事件数 / events on the chain */
                            events: number;
                            /** @description 第一个断点 / the first broken link */
                            firstBroken: {
                                /** @description 缺失条数 / for missing: how many positions are gone */
                                count?: number;
                                /** @description 事件编号 / the event row (for missing: the row after the gap) */
                                id: number | null;
                                /**
                                 * @description altered: the row no longer matches its hash (edited) · missing: positions gone (deleted) · relinked: the row does not link to the one before · unchained: a row written around the trigger · anchor-mismatch: a daily anchor no longer matches
                                 * @enum {string}
                                 */
                                kind: "altered" | "missing" | "relinked" | "unchained" | "anchor-mismatch";
                                message: string;
                                /** @description 链上位置 / position on the chain (for missing: the first position gone) */
                                seq: number | null;
                            } | null;
                            /** @description 链头 / the head of the chain */
                            head: {
                                hash: string;
                                seq: number;
                            } | null;
                            /** @description 整条链完好 / the whole chain verifies */
                            verified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 业务监测看板 / the supervisors’ dashboard: open matters by stage, on-time rates by kind, step and month, cards
         * @description A supervisor's own regions (a prefecture's with its counties); every region for an administrator. Days are Asia/Shanghai's.
         */
        get: {
            parameters: {
                query: {
                    /** @description 起 (含)，上海时间的日期 / first day, Asia/Shanghai */
                    from: string;
                    /** @description 事项 / matter kind */
                    kind?: "hire" | "transfer" | "post-change";
                    /** @description 止 (含) / last day */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 按月 / by month */
                            cardsByMonth: {
                                month: string;
                                red: number;
                                yellow: number;
                            }[];
                            /** @description 期间内亮出的黄牌、红牌，按环节 / cards shown in the period, by the step they were shown at */
                            cardsByStep: {
                                red: number;
                                step: string;
                                yellow: number;
                            }[];
                            kind: ("hire" | "transfer" | "post-change") | null;
                            /** @description 按事项的按时办结率：期间内办结的事项，未出现事项红牌即为按时 / matters completed in the period, on time unless their matter-level red card was shown */
                            onTimeByKind: {
                                /** @description 期间内办结的事项或办结的环节 / matters completed, or steps decided, in the period */
                                closed: number;
                                kind: string;
                                late: number;
                                onTime: number;
                                /** @description 按时率，无办结时为空 / on-time share; null when nothing closed */
                                onTimeRate: number | null;
                            }[];
                            /** @description 按月的按时办结率（办结月份）/ by the month of completion */
                            onTimeByMonth: {
                                /** @description 期间内办结的事项或办结的环节 / matters completed, or steps decided, in the period */
                                closed: number;
                                late: number;
                                /** @description YYYY-MM */
                                month: string;
                                onTime: number;
                                /** @description 按时率，无办结时为空 / on-time share; null when nothing closed */
                                onTimeRate: number | null;
                            }[];
                            /** @description 按环节的按时率：期间内办结的审核环节，在环节时限前办结即为按时 / review steps decided in the period, on time when decided by their deadline */
                            onTimeByStep: {
                                /** @description 期间内办结的事项或办结的环节 / matters completed, or steps decided, in the period */
                                closed: number;
                                late: number;
                                onTime: number;
                                /** @description 按时率，无办结时为空 / on-time share; null when nothing closed */
                                onTimeRate: number | null;
                                step: string;
                            }[];
                            /** @description 当前在办事项按环节 / open matters now, by the stage they are in (not limited to the period) */
                            openByStage: {
                                open: number;
                                overdue: number;
                                stage: string;
                                warned: number;
                            }[];
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 超时、预警和无法排期的在办事项 / open matters overdue, warned or unscheduled
         * @description A supervisor's own regions; every region for an administrator.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 事项 / matter kind */
                    kind?: "hire" | "transfer" | "post-change";
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    region?: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                    /** @description 只看超时、预警或无法排期的 / only overdue, warned or unscheduled matters */
                    slaState?: "overdue" | "warned" | "unscheduled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 在办待办及其经办人 / who holds each open task of the matter, and since when (none while the departments handle it) */
                                holders: {
                                    /** @description 认领人，未认领为空 / the officer who claimed it; null while the organisation holds it unclaimed */
                                    claimedBy: string | null;
                                    due: string | null;
                                    /** @description 待办所在机构 / the organisation the task waits for */
                                    organisation: string;
                                    /** @enum {string} */
                                    role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    /**
                                     * Format: date-time
                                     * @description 认领时间，未认领为到达待办时间 / when it was claimed, or when it reached the inbox
                                     */
                                    since: string;
                                    step: string;
                                }[];
                                id: string;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                region: string;
                                sla: {
                                    cards: {
                                        /** Format: date-time */
                                        at: string;
                                        /**
                                         * @description 黄牌预警 / 红牌超时
                                         * @enum {string}
                                         */
                                        card: "yellow" | "red";
                                        /** Format: date-time */
                                        due: string;
                                        /** @description 通知并逐级上报的对象 / who was told, the responsible level and the next ones */
                                        notified: string[];
                                        /** @enum {string} */
                                        scope: "matter" | "step";
                                        step: string;
                                    }[];
                                    /** @description 计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed */
                                    clock?: {
                                        /** Format: date-time */
                                        at: string;
                                        /**
                                         * Format: date-time
                                         * @description 此后的承诺办结时限 / the committed deadline from then on
                                         */
                                        due?: string;
                                        /**
                                         * @description started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时
                                         * @enum {string}
                                         */
                                        event: "started" | "paused" | "restarted" | "resumed";
                                        /** @description 暂停时剩余的办理时间 / office time left when paused */
                                        remainingMs?: number;
                                    }[];
                                    limitWorkingDays: number;
                                    /** @description 整个事项的承诺时限 / the matter’s committed deadline */
                                    matter: {
                                        /** Format: date-time */
                                        due: string;
                                        /** Format: date-time */
                                        yellowAt: string;
                                    } | null;
                                    /** @description 无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled */
                                    problem?: string;
                                    /** @description 补正暂停时剩余的办理时间 / office time left when the clock stopped */
                                    remainingMs?: number;
                                    /**
                                     * @description 时限状态 / SLA state
                                     * @enum {string}
                                     */
                                    state: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                    /** @description 当前环节的时限 / the current step’s deadline */
                                    step: {
                                        /** Format: date-time */
                                        due: string;
                                        step: string;
                                        /** Format: date-time */
                                        yellowAt: string;
                                    } | null;
                                };
                                stage: string;
                                status: string;
                                unitCode: string;
                                /** @description 等待的环节、角色和机构 / the step, role and organisations it waits for */
                                waitingFor: {
                                    /** @description 尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel) */
                                    organisations: string[];
                                    /** @enum {string} */
                                    role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                    /** @description 等待的环节 / the step waited for */
                                    step: string;
                                    /** @description 环节名称 / the step in words, e.g. 主管部门审核 */
                                    title: string;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/people/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按人员查询事项 / every matter of one person
         * @description By the person's identity number, in the body so that it stays out of URLs and access logs. Found by its blind index (the number is stored encrypted); a supervisor's own regions, every region for an administrator. Each search is recorded in the audit trail (`person-searched`, the number masked).
         */
        post: {
            parameters: {
                query?: {
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公民身份号码 / citizen identity number (GB 11643) */
                        identityNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                region: string;
                                stage: string;
                                status: string;
                                /** Format: date-time */
                                submittedAt: string;
                                unitCode: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 好差评统计 / satisfaction rates by region, hall, competent department, department and matter kind, per month; rectification on-time rate
         * @description A supervisor's own regions; every region for an administrator. 好评 = 非常满意 and 满意; ratings found unfounded on appeal are left out.
         */
        get: {
            parameters: {
                query: {
                    /** @description 评价日期起 (含) / rated on or after, Asia/Shanghai */
                    from: string;
                    /** @description 评价日期止 (含) / rated on or before, Asia/Shanghai */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                            };
                            rectification: {
                                appealUpheld: number;
                                /** @description 超时答复或已超时未答复 / replied late, or open past the deadline */
                                late: number;
                                month: string;
                                /** @description 按时答复 / replied by the deadline */
                                onTime: number;
                                /** @description 整改按时率 / onTime ÷ (onTime + late) */
                                onTimeRate: number | null;
                                open: number;
                                opened: number;
                                region: string;
                                replied: number;
                            }[];
                            satisfaction: {
                                competent: {
                                    /** @description YYYY-MM (Asia/Shanghai) */
                                    month: string;
                                    name: string;
                                    /** @description 满意率 / satisfied ÷ rated */
                                    rate: number | null;
                                    /** @description 计入的评价数 / ratings counted */
                                    rated: number;
                                    /** @description 好评数（非常满意、满意）/ the top two levels */
                                    satisfied: number;
                                    /** @description 区划、机构或事项代码 / region, organisation or matter kind */
                                    subject: string;
                                }[];
                                department: {
                                    /** @description YYYY-MM (Asia/Shanghai) */
                                    month: string;
                                    name: string;
                                    /** @description 满意率 / satisfied ÷ rated */
                                    rate: number | null;
                                    /** @description 计入的评价数 / ratings counted */
                                    rated: number;
                                    /** @description 好评数（非常满意、满意）/ the top two levels */
                                    satisfied: number;
                                    /** @description 区划、机构或事项代码 / region, organisation or matter kind */
                                    subject: string;
                                }[];
                                hall: {
                                    /** @description YYYY-MM (Asia/Shanghai) */
                                    month: string;
                                    name: string;
                                    /** @description 满意率 / satisfied ÷ rated */
                                    rate: number | null;
                                    /** @description 计入的评价数 / ratings counted */
                                    rated: number;
                                    /** @description 好评数（非常满意、满意）/ the top two levels */
                                    satisfied: number;
                                    /** @description 区划、机构或事项代码 / region, organisation or matter kind */
                                    subject: string;
                                }[];
                                kind: {
                                    /** @description YYYY-MM (Asia/Shanghai) */
                                    month: string;
                                    name: string;
                                    /** @description 满意率 / satisfied ÷ rated */
                                    rate: number | null;
                                    /** @description 计入的评价数 / ratings counted */
                                    rated: number;
                                    /** @description 好评数（非常满意、满意）/ the top two levels */
                                    satisfied: number;
                                    /** @description 区划、机构或事项代码 / region, organisation or matter kind */
                                    subject: string;
                                }[];
                                region: {
                                    /** @description YYYY-MM (Asia/Shanghai) */
                                    month: string;
                                    name: string;
                                    /** @description 满意率 / satisfied ÷ rated */
                                    rate: number | null;
                                    /** @description 计入的评价数 / ratings counted */
                                    rated: number;
                                    /** @description 好评数（非常满意、满意）/ the top two levels */
                                    satisfied: number;
                                    /** @description 区划、机构或事项代码 / region, organisation or matter kind */
                                    subject: string;
                                }[];
                            };
                            /** @description 申诉复核认定不实、不计入的评价 / ratings left out as unfounded */
                            unfounded: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/sla-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按时办结率 / on-time rate by matter kind, region and step over a period
         * @description A completed matter is on time unless its matter-level red card was shown. Steps count the cards shown at them.
         */
        get: {
            parameters: {
                query: {
                    /** @description 提交日期起 (含) / submitted on or after, Asia/Shanghai */
                    from: string;
                    /** @description 提交日期止 (含) / submitted on or before, Asia/Shanghai */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byKind: {
                                closed: number;
                                kind: string;
                                onTime: number;
                                onTimeRate: number | null;
                                overdue: number;
                            }[];
                            byRegion: {
                                closed: number;
                                onTime: number;
                                onTimeRate: number | null;
                                overdue: number;
                                region: string;
                            }[];
                            byStep: {
                                red: number;
                                step: string;
                                yellow: number;
                            }[];
                            period: {
                                /**
                                 * Format: date
                                 * @description 提交日期起 (含) / submitted on or after, Asia/Shanghai
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description 提交日期止 (含) / submitted on or before, Asia/Shanghai
                                 */
                                to: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待办督查 / every open task of the supervisor’s regions: who holds what, what runs late
         * @description A supervisor's own regions; every region for an administrator. `claimed=others` lists the tasks an officer holds.
         */
        get: {
            parameters: {
                query?: {
                    /** @description mine 我认领的 · unclaimed 未认领 · others 他人认领 */
                    claimed?: "mine" | "unclaimed" | "others";
                    /** @description 事项 / matter kind */
                    kind?: "hire" | "transfer" | "post-change";
                    /** @description 待办的机构 / the organisation a task is for */
                    organisation?: string;
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    region?: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                    /** @description 时限状态 / SLA state */
                    slaState?: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                    /** @description 审核环节，单位的 correction (补正)，或督查机构的 rectification (差评整改) */
                    step?: string | "correction" | "rectification";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                claimedAt: string | null;
                                /** @description 认领人 / who has claimed it */
                                claimedBy: string | null;
                                closedAt: string | null;
                                /** @description 本环节时限 / the step’s deadline */
                                due: string | null;
                                /** @description 任务编号 / task id */
                                id: string;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                matterId: string;
                                /** Format: date-time */
                                openedAt: string;
                                /** @description 代表的机构 / the organisation the task is for */
                                organisation: string;
                                region: string;
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                slaState: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 待决定的环节 / the step to decide */
                                step: string;
                                title: string;
                                unitCode: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办 / the steps waiting for the caller’s organisations and roles, soonest deadline first */
        get: {
            parameters: {
                query?: {
                    /** @description mine 我认领的 · unclaimed 未认领 · others 他人认领 */
                    claimed?: "mine" | "unclaimed" | "others";
                    /** @description 事项 / matter kind */
                    kind?: "hire" | "transfer" | "post-change";
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    region?: "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522";
                    /** @description 时限状态 / SLA state */
                    slaState?: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                    /** @description 审核环节，单位的 correction (补正)，或督查机构的 rectification (差评整改) */
                    step?: string | "correction" | "rectification";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                claimedAt: string | null;
                                /** @description 认领人 / who has claimed it */
                                claimedBy: string | null;
                                closedAt: string | null;
                                /** @description 本环节时限 / the step’s deadline */
                                due: string | null;
                                /** @description 任务编号 / task id */
                                id: string;
                                /**
                                 * @description 事项 / matter kind
                                 * @enum {string}
                                 */
                                kind: "hire" | "transfer" | "post-change";
                                matterId: string;
                                /** Format: date-time */
                                openedAt: string;
                                /** @description 代表的机构 / the organisation the task is for */
                                organisation: string;
                                region: string;
                                /** @enum {string} */
                                role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                                /**
                                 * @description 时限状态 / SLA state
                                 * @enum {string}
                                 */
                                slaState: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                                /** @description 待决定的环节 / the step to decide */
                                step: string;
                                title: string;
                                unitCode: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办详情 / one task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 / task id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimedAt: string | null;
                            /** @description 认领人 / who has claimed it */
                            claimedBy: string | null;
                            closedAt: string | null;
                            /** @description 本环节时限 / the step’s deadline */
                            due: string | null;
                            /** @description 任务编号 / task id */
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 代表的机构 / the organisation the task is for */
                            organisation: string;
                            region: string;
                            /** @enum {string} */
                            role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            /**
                             * @description 时限状态 / SLA state
                             * @enum {string}
                             */
                            slaState: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                            /** @description 待决定的环节 / the step to decide */
                            step: string;
                            title: string;
                            unitCode: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认领 / claim a task: one officer at a time; claiming one’s own again is harmless */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 / task id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimedAt: string | null;
                            /** @description 认领人 / who has claimed it */
                            claimedBy: string | null;
                            closedAt: string | null;
                            /** @description 本环节时限 / the step’s deadline */
                            due: string | null;
                            /** @description 任务编号 / task id */
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 代表的机构 / the organisation the task is for */
                            organisation: string;
                            region: string;
                            /** @enum {string} */
                            role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            /**
                             * @description 时限状态 / SLA state
                             * @enum {string}
                             */
                            slaState: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                            /** @description 待决定的环节 / the step to decide */
                            step: string;
                            title: string;
                            unitCode: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回认领 / release a claimed task to the organisation; only its claimer can */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 / task id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimedAt: string | null;
                            /** @description 认领人 / who has claimed it */
                            claimedBy: string | null;
                            closedAt: string | null;
                            /** @description 本环节时限 / the step’s deadline */
                            due: string | null;
                            /** @description 任务编号 / task id */
                            id: string;
                            /**
                             * @description 事项 / matter kind
                             * @enum {string}
                             */
                            kind: "hire" | "transfer" | "post-change";
                            matterId: string;
                            /** Format: date-time */
                            openedAt: string;
                            /** @description 代表的机构 / the organisation the task is for */
                            organisation: string;
                            region: string;
                            /** @enum {string} */
                            role: "unit-clerk" | "competent-reviewer" | "hall-officer" | "countersigner" | "department-officer" | "supervisor" | "admin" | "chief";
                            /**
                             * @description 时限状态 / SLA state
                             * @enum {string}
                             */
                            slaState: "on-time" | "warned" | "overdue" | "paused" | "unscheduled";
                            /** @description 待决定的环节 / the step to decide */
                            step: string;
                            title: string;
                            unitCode: string;
                        };
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录 / deliveries with their outcome, newest first */
        get: {
            parameters: {
                query?: {
                    matterId?: string;
                    /** @description 页码 / page, from 1 */
                    page?: number;
                    /** @description 每页条数 / items per page, at most 100 */
                    pageSize?: number;
                    status?: "pending" | "delivered" | "failed";
                    subscriptionId?: string;
                    type?: "matter.status" | "sla.card";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: string | null;
                                /** @description matter.status: the status taken; sla.card: yellow or red */
                                event: string;
                                /**
                                 * Format: uuid
                                 * @description 投递编号，接收方据此去重 / the delivery id receivers deduplicate by
                                 */
                                id: string;
                                lastError: string | null;
                                matterId: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description pending (queued) · delivered · failed (not delivered and not queued: replay it, or re-enable its subscription)
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "failed";
                                /** Format: uuid */
                                subscriptionId: string;
                                /** @enum {string} */
                                type: "matter.status" | "sla.card";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新投递 / send a delivery again, under the same delivery id (a failed one, or a delivered one the receiver lost)
         * @description It goes back in its endpoint’s queue at its original place. 409 while it is still queued, or while its subscription is not active.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 订阅及接收地址状态 / subscriptions with their endpoint’s state, circuit and last error, newest first (without their secrets) */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                    organisation?: string;
                    state?: "pending" | "active" | "unverified" | "disabled" | "deactivated";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description state = active */
                                active: boolean;
                                /**
                                 * @description closed: deliveries flow; open: the endpoint keeps failing and only a probe is sent
                                 * @enum {string}
                                 */
                                circuit: "closed" | "open";
                                /** Format: date-time */
                                createdAt: string;
                                disabledAt: string | null;
                                failingSince: string | null;
                                /** Format: uuid */
                                id: string;
                                lastDeliveredAt: string | null;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                organisation: string;
                                /** @description 投递队列长度 / deliveries waiting for this endpoint */
                                queued: number;
                                /**
                                 * @description pending (待验证) · active · unverified (验证未通过) · disabled (连续失败已停用) · deactivated
                                 * @enum {string}
                                 */
                                state: "pending" | "active" | "unverified" | "disabled" | "deactivated";
                                url: string;
                                verifiedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 订阅事项事件 / subscribe to matter events; the signing secret is shown this once
         * @description The subscription is `pending` until its endpoint answers a verification request: a signed POST with `x-yijianshi-event: endpoint.verification` and the body `{"type":"endpoint.verification","subscriptionId":"…","challenge":"…"}`, which the endpoint answers within 10 s with a 2xx whose body is the challenge (text/plain) or `{"challenge":"…"}` (JSON). Only then is it `active` and hears of events; an endpoint that answers otherwise is `unverified` (ask again with `…/enable`). An organisation holds at most 5 subscriptions that are not deactivated; a caller creates at most 10 an hour. Refused (400 naming `body.url`): in production anything but https, host names that are not fully qualified public names, and any name or address that is loopback, private, link-local, shared (CGNAT), multicast, reserved or a cloud metadata service.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 单位或主管部门代码，或 * 订阅全部 / the unit (or competent department) whose matters to report, or * for every matter */
                        organisation: string;
                        /**
                         * Format: uri
                         * @description 接收地址 / where deliveries are POSTed: https in production; a public host name or address
                         */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            organisation: string;
                            secret: string;
                            /** @enum {string} */
                            state: "pending" | "active" | "unverified" | "disabled" | "deactivated";
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用订阅 / deactivate a subscription: its queue stops, nothing more is sent */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新启用 / verify the endpoint again: an unverified or disabled subscription (or a pending one) becomes pending, and active once it answers
         * @description A disabled subscription’s undelivered events (failed deliveries) go back in its queue when it is active again, and arrive in their original order, each once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "pending" | "active" | "unverified" | "disabled" | "deactivated";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解密载荷（管理员）/ decrypt payloads for administrators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description temporal.api.common.v1.Payloads as protobuf JSON */
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description temporal.api.common.v1.Payloads as protobuf JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                data?: string;
                                metadata?: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 加密载荷（管理员）/ encrypt payloads for administrators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description temporal.api.common.v1.Payloads as protobuf JSON */
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description temporal.api.common.v1.Payloads as protobuf JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                data?: string;
                                metadata?: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 请求体超过上限（2 MiB，另有说明的除外） / a body over the limit (2 MiB unless stated otherwise) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 内容类型不受支持 / an unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                postgres: string;
                                temporal: string;
                            };
                            ready: boolean;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                postgres: string;
                                temporal: string;
                            };
                            ready: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 凭证核验 / verify a certificate (public)
         * @description No sign-in. An HTML page in Chinese, or JSON with `Accept: application/json`. Genuine: signed by a published key and the facts on record are those signed; in force: genuine and not revoked (a withdrawn or rejected matter revokes its certificates). Masked facts only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 凭证编号或核验码 / the certificate id, or its short code with dashes */
                    certificateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 核验结果 / the verdict */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificateId: string;
                            /** @description 凭证所载事实（已脱敏）/ what it attests, the person masked */
                            facts: {
                                /** @description 核定金额（元/月）/ amounts, yuan a month */
                                amounts?: {
                                    [key: string]: number;
                                };
                                /** @description 凭证编号，即核验码 / the certificate id, printed as the short code */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description 出具时间 / issued at
                                 */
                                issuedAt: string;
                                /** @description 出具机构 / issuer */
                                issuer: string;
                                /**
                                 * @description 凭证种类 / certificate kind
                                 * @enum {string}
                                 */
                                kind: "acceptance-receipt" | "completion-notice" | "rejection-notice" | "personnel-record" | "wage-approval" | "pension-receipt" | "injury-receipt" | "unemployment-receipt" | "sscard-receipt" | "archive-notice" | "employment-receipt";
                                matter: {
                                    /** @description 事项编号 / matter id */
                                    id: string;
                                    /**
                                     * @description 事项 / matter kind
                                     * @enum {string}
                                     */
                                    kind: "hire" | "transfer" | "post-change";
                                };
                                person: {
                                    /** @description 公民身份号码（脱敏）/ masked identity number */
                                    identityNumber: string;
                                    /** @description 姓名（脱敏）/ masked name */
                                    name: string;
                                };
                                /** @description 部门登记号 / registration numbers by department */
                                receipts?: {
                                    [key: string]: string;
                                };
                                /** @description 凭证名称 / title */
                                title: string;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                            };
                            /** @description 签名有效且内容未被改动 / signed by a published key, and the facts on record are the ones signed */
                            genuine: boolean;
                            /** @description 真实且未被撤销 / genuine and not revoked */
                            inForce: boolean;
                            /**
                             * @description 凭证种类 / certificate kind
                             * @enum {string}
                             */
                            kind: "acceptance-receipt" | "completion-notice" | "rejection-notice" | "personnel-record" | "wage-approval" | "pension-receipt" | "injury-receipt" | "unemployment-receipt" | "sscard-receipt" | "archive-notice" | "employment-receipt";
                            revocationReason?: string;
                            /**
                             * Format: date-time
                             * @description 撤销时间：事项撤回或不予办理 / when the matter’s withdrawal or rejection revoked it
                             */
                            revokedAt?: string;
                            /** @description 核验码 / the short code printed beside the QR code */
                            shortCode: string;
                            /** @description 紧凑 JWS，可用公开密钥离线核验 / the compact JWS, to verify offline with the published keys */
                            signature: string | null;
                            title: string;
                        };
                        "text/html": string;
                    };
                };
                /** @description 请求无效：逐项列出问题 / invalid request: every problem listed, field by field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/html": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 没有该凭证 / no such certificate */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/html": string;
                    };
                };
                /** @description 路径参数超过 200 个字符 / a path parameter longer than 200 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/html": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/html": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
                /** @description 服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                        "text/html": {
                            /** @description machine-readable code */
                            error: string;
                            /** @description 说明 / explanation */
                            message: string;
                            /** @description 每个字段的问题 / every field problem */
                            problems?: {
                                /** @description 出问题的字段 / the field concerned */
                                field: string;
                                /** @description 问题说明 / what is wrong */
                                message: string;
                            }[];
                            requestId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
