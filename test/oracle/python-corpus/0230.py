# oracle: seed 230, closed, raises RuntimeError at line 7
import torch
from torch import nn

lstm_0 = nn.LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 4, 3))
r_0_0 = out_0.transpose(0, 1).view(4, -1)
r_0_1 = torch.cat([h_0, c_0], dim=0)
