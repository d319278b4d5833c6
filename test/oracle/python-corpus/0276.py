# oracle: seed 276, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import LSTM, RNN

lstm_0 = LSTM(3, 4, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = out_0.unsqueeze(0).squeeze(1)
r_0_1 = h_0[-1].unsqueeze(0).expand(3, -1, -1)

lstm_1 = LSTM(3, 7)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = nn.Linear(7, 2)(out_1[-1])

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_2 = torch.device("cpu")
model_2 = Model_2(5, 6, num_layers=2).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.rand(4, 2, 5).to(device_2))
