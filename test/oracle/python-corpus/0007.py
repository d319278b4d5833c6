# oracle: seed 7, closed, runs cleanly
import torch
import torch.nn as nn

conv_0 = nn.Conv1d(6, 5, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 6, 6)).transpose(1, 2)
rnn_0 = nn.LSTM(5, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)
