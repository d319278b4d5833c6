# oracle: seed 120, open, raises RuntimeError at line 9
import random
import torch.nn

lstm_0 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 4))
last_0 = torch.nn.Linear(8, 2)(out_0[-1])
