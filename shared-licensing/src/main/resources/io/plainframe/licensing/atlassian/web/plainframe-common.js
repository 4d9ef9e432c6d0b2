/*
 * What Plainframe's scripts share, loaded first in each of its web resources: building elements without parsing
 * HTML, and calling the REST API. It defines window.PlainframeCommon and nothing else; each script says a
 * failure in its own words (its texts must be literal getText calls in its own file for the jsI18n transform).
 */
(function () {
    'use strict';

    /** An element with attributes and children; strings become text nodes, so nothing is parsed as HTML. */
    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = value;
            } else if (name === 'className') {
                node.className = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined && child !== false) {
                node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            }
        });
        return node;
    }

    /** The address of Plainframe's REST resource on this host, such as /confluence/rest/plainframe/1.0. */
    function rest() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        var contextPath = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath()
            : (meta ? meta.getAttribute('content') : '');
        return contextPath + '/rest/plainframe/1.0';
    }

    /**
     * Calls a REST address with a JSON body (or a string of the given type). Resolves with {ok, status, json},
     * json being null when the answer is not JSON; rejects with {status: 0} when the server cannot be reached.
     */
    function call(method, url, body, contentType) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        if (body !== undefined) {
            headers['Content-Type'] = contentType || 'application/json';
        }
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: headers,
            body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body))
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                return {ok: response.ok, status: response.status, json: json};
            });
        }, function () {
            throw {status: 0};
        });
    }

    window.PlainframeCommon = {el: el, rest: rest, call: call};
})();
