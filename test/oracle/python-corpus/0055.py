# oracle: seed 55, open, raises RuntimeError at line 7
import random
import torch

lstm_0 = torch.nn.LSTM(3, 3, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = out_0.view(10, 3)
r_0_1 = out_0.chunk(2, dim=-1)[0]

lstm_1 = torch.nn.LSTM(2, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = torch.nn.Linear(4, 2)(out_1[-1])

lstm_2 = torch.nn.LSTM(3, 6, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 3, 3))
r_2_0 = h_2[-1]
r_2_1 = out_2.permute(1, 0, 2)
r_2_2 = h_2[-1]
a_2, b_2 = out_2.chunk(2, dim=0)
