# oracle: seed 144, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 4))
last_0 = nn.Linear(8, 2)(out_0[-1])

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_1 = Model_1(5, 6, bidirectional=True)
logits_1 = model_1.forward(torch.randn(1, 3, 5)).detach()
