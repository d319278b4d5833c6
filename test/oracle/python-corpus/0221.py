# oracle: seed 221, open, raises RuntimeError at line 11
import random
import torch
from torch.nn import GRU, LSTM, Linear

lstm_0 = LSTM(2, 4)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 2))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 2))
last_0 = Linear(6, 2)(out_0[-1])

gru_1 = GRU(5, 7)
x_1 = torch.randn(4, 3, 5)
if x_1.size(-1) == 5:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 6))
