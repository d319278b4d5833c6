# oracle: seed 134, closed, raises IndexError at line 7
import torch
from torch.nn import GRU, LSTM

lstm_0 = LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = out_0.size(3)
r_0_1 = len(out_0)
r_0_2 = out_0.size()
a_0, b_0 = out_0.chunk(2, dim=0)

gru_1 = GRU(6, 6)
x_1 = torch.randn(3, 6)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)

rnn_2 = LSTM(9, 9, 3, True, False, bidirectional=True)
x_2 = torch.randn(4, 9)
out_2, _ = rnn_2(x_2)
y_2 = out_2[-1].view(18)
