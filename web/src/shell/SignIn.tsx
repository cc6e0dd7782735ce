import { type FormEvent, useState } from 'react';

export function SignIn({ onSignIn, refused }: { onSignIn(token: string): void; refused: boolean }) {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSignIn(token.trim());
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h1>热线知识库</h1>
      <label>
        访问令牌
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoFocus autoComplete="off" />
      </label>
      {refused && <p className="error">令牌无效或已失效，请重新输入。</p>}
      <button type="submit">登录</button>
    </form>
  );
}
