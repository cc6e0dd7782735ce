import { NavLink } from 'react-router';
import { ROLE_LABEL } from '../labels';
import { AsOfPicker } from './AsOfPicker';
import { useView } from './context';
import { TouchpointBar } from './TouchpointBar';

export function TopBar({ editorial, onSignOut }: { editorial: boolean; onSignOut(): void }) {
  const { me } = useView();
  return (
    <header className="top-bar">
      <nav>
        <strong className="brand">热线知识库</strong>
        <NavLink to="/" end>
          座席查询
        </NavLink>
        {editorial && (
          <>
            <NavLink to="/manage" end>
              文档与审核
            </NavLink>
            <NavLink to="/manage/exceptions">例外队列</NavLink>
            <NavLink to="/manage/reports">报表</NavLink>
          </>
        )}
        <span className="who">
          {me.name}（{ROLE_LABEL[me.role] ?? me.role}）
          <button type="button" className="link" onClick={onSignOut}>
            退出
          </button>
        </span>
      </nav>
      <div className="context-bar">
        <TouchpointBar />
        <AsOfPicker />
      </div>
    </header>
  );
}
