# oracle: seed 143, open, raises RuntimeError at line 9
import random
import torch.nn

lstm_0 = torch.nn.LSTM(5, 4)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 10))
last_0 = torch.nn.Linear(4, 2)(out_0[-1])

gru_1 = torch.nn.GRU(8, 7)
x_1 = torch.randn(4, 3, 8)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)
