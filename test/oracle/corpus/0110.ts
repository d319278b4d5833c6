// oracle: seed 110, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(7, 3);
let late_0 = torch.randn(2, 3, 7);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 7);

const m_1 = new nn.GRU(6, 2);
const outs_1 = [torch.randn(2, 3, 6), torch.randn(2, 3, 6)].map((x) => m_1.forward(x)[0]);

const pair_2 = [new nn.GRU(8, 7), new nn.GRU(7, 7)];
pair_2[0].forward(torch.randn(2, 2, 8));
