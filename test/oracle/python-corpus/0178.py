# oracle: seed 178, open, raises RuntimeError at line 14
import random
import torch.nn

config_0 = {"input_size": 7, "hidden_size": 5, "num_layers": 1}
rnn_0 = torch.nn.GRU(**config_0)
out_0, h_0 = rnn_0(torch.randn(3, 2, config_0["input_size"]))

lstm_1 = torch.nn.LSTM(5, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 5))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 5))
last_1 = torch.nn.Linear(16, 2)(out_1[-1])
