# oracle: seed 160, closed, runs cleanly
import torch.nn

conv_0 = torch.nn.Conv1d(7, 7, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_0 = torch.nn.LSTM(7, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)
