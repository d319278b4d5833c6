# oracle: seed 292, closed, runs cleanly
import torch
from torch.nn import LSTM

lstm_0 = LSTM(3, 5, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
r_0_0 = out_0[:, -1, :]
r_0_1 = h_0[-1].unsqueeze(0).expand(4, -1, -1)
r_0_2 = out_0.size(0)
