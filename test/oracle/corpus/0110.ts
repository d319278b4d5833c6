// oracle: seed 110, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(7, 3);
let late_0 = torch.randn(2, 3, 7);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 7);

const m_1 = new nn.GRU(6, 2);
const outs_1 = [torch.randn(2, 3, 6), torch.randn(2, 3, 6)].map((x) => m_1.forward(x)[0]);

const m_2 = new nn.GRU(8, 5);
const outs_2 = [torch.randn(2, 3, 8), torch.randn(2, 3, 8)].map((x) => m_2.forward(x)[0]);
