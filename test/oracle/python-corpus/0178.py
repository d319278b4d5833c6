# oracle: seed 178, open, runs cleanly
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
last_1 = torch.nn.Linear(8, 2)(out_1[-1])

config_2 = {"input_size": 7, "hidden_size": 2, "num_layers": 1}
rnn_2 = torch.nn.GRU(**config_2)
out_2, h_2 = rnn_2(torch.randn(3, 2, config_2["input_size"]))

conv_3 = torch.nn.Conv1d(5, 3, kernel_size=3, padding=1)
feats_3 = conv_3(torch.randn(2, 5, 6)).transpose(1, 2)
rnn_3 = torch.nn.LSTM(3, 4, batch_first=True)
out_3, _ = rnn_3(feats_3)

conv_4 = torch.nn.Conv1d(5, 5, kernel_size=3, padding=1)
feats_4 = conv_4(torch.randn(2, 5, 6)).transpose(1, 2)
rnn_4 = torch.nn.LSTM(5, 4, batch_first=True)
out_4, _ = rnn_4(feats_4)
